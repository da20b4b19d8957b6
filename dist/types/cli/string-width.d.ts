export default function stringWidth(text: string): number;
