/**
 * Bytes the detector reads beyond the passes that read a whole file once (the prefilter, line breaks,
 * a literal's indexOf): `around` hits (runs around a marker, decoded windows, the windows a risk regex
 * runs over) and on the `lines` of hits (column widths, lines read for allow comments). Tests read it
 * to check that work grows linearly with the input: a count does not fail on a busy machine as a clock
 * does. Timings are in `npm run bench adversarial`.
 */
export declare const work: {
    around: number;
    lines: number;
};
