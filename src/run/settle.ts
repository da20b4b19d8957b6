import { comparePlaces, type Finding, type Place } from '../types.js';

/**
 * Commit sources report each distinct key in each file once, at its earliest commit: a key added in
 * one commit and kept for a hundred is one finding, with the commit that leaked it. "Earliest" is the
 * lowest place (author time, then the source's order); equal places keep the first sighting.
 *
 * A finding is held until it is settled: the source says no fragment still to come lies at or below
 * its place (`floor`) for its file (`waits`). Then it is handed on, once, and can never be replaced,
 * so a line streamed from it is never taken back. Commit sources read commits in ascending place,
 * so findings settle as the history is read, not at its end.
 */

interface Held {
  id: string;
  finding: Finding;
  place: Place;
  /** Arrival, so findings at one place are handed on in the order they were seen. */
  seq: number;
}

const before = (a: Held, b: Held) => comparePlaces(a.place, b.place) < 0 || (comparePlaces(a.place, b.place) === 0 && a.seq < b.seq);

/** A binary min-heap of held findings by place, then arrival. */
class HeldHeap {
  private readonly items: Held[] = [];

  peek(): Held | undefined {
    return this.items[0];
  }

  push(h: Held): void {
    const a = this.items;
    a.push(h);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): Held | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

const HANDED_ON = 0;

/** What makes two sightings the same finding: key, rule, file, and whether an inline allow covers it. */
function idOf(f: Finding): string {
  // join makes one flat string; a template literal keeps its parts (and their parents) alive: 119
  // against 322 bytes an id, and the ids are what a history scan keeps for every finding.
  return [f.fingerprint, f.kind, f.ruleId, f.file, f.suppressed ? 'suppressed' : ''].join('\0');
}

export class EarliestCommit {
  /** Per finding id: the sighting held, or HANDED_ON once it was settled (only the id stays in memory). */
  private readonly seen = new Map<string, Held | typeof HANDED_ON>();
  private readonly heap = new HeldHeap();
  /** Below the floor, but a blob still to be read may hold an earlier sighting of their file. */
  private readonly parked = new HeldHeap();
  private seq = 0;
  private held = 0;

  constructor(private readonly handOn: (finding: Finding) => void) {}

  /** Findings held now (not yet settled): what this stage keeps in memory besides the ids. */
  get holding(): number {
    return this.held;
  }

  /** The findings of one fragment, read at `place`. */
  take(findings: Iterable<Finding>, place: Place): void {
    for (const finding of findings) {
      const id = idOf(finding);
      const seen = this.seen.get(id);
      // A settled finding is never replaced: the source's floor promised nothing lower would come.
      if (seen === HANDED_ON || (seen && comparePlaces(place, seen.place) >= 0)) continue;
      if (!seen) this.held++;
      const h: Held = { id, finding, place, seq: this.seq++ };
      this.seen.set(id, h);
      this.heap.push(h);
    }
  }

  /** Hand on every held finding the source can no longer undercut. */
  settle(floor: Place, waits?: (file: string) => boolean): void {
    for (let h = this.heap.peek(); h && comparePlaces(h.place, floor) <= 0; h = this.heap.peek()) {
      this.heap.pop();
      if (this.seen.get(h.id) !== h) continue; // replaced by an earlier sighting
      if (waits?.(h.finding.file)) this.parked.push(h);
      else this.give(h);
    }
    // Parked findings pass once their blobs are read (after the log, in ascending place), lowest first.
    for (let h = this.parked.peek(); h; h = this.parked.peek()) {
      if (this.seen.get(h.id) !== h) {
        this.parked.pop();
        continue;
      }
      if (comparePlaces(h.place, floor) > 0 || waits?.(h.finding.file)) break;
      this.parked.pop();
      this.give(h);
    }
  }

  /** The source has ended: hand on everything still held, lowest place first. */
  end(): void {
    for (let h = this.parked.pop(); h; h = this.parked.pop()) this.heap.push(h);
    for (let h = this.heap.pop(); h; h = this.heap.pop()) if (this.seen.get(h.id) === h) this.give(h);
  }

  private give(h: Held): void {
    this.seen.set(h.id, HANDED_ON);
    this.held--;
    this.handOn(h.finding);
  }
}
