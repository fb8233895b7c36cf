// Typing "k" can match most of a large catalogue while the screen shows twenty results; keeping
// only the best `limit` as they come avoids sorting thousands of hits nobody will see.

const SORT_AT_END = 200;

export type RankedDoc = { doc: number; score: number };

/** Keeps the best `limit` documents: higher score first, then id, so equal scores keep a stable order. */
export class TopHits {
  private readonly best: RankedDoc[] = [];

  constructor(
    private readonly limit: number,
    private readonly ids: readonly string[],
  ) {}

  private before(a: RankedDoc, b: RankedDoc): boolean {
    if (a.score !== b.score) return a.score > b.score;
    return (this.ids[a.doc] ?? "") < (this.ids[b.doc] ?? "");
  }

  offer(doc: number, score: number): void {
    const entry = { doc, score };
    // Sorted insertion costs a shift per insert: fine for a screenful, not for "all results".
    if (this.limit > SORT_AT_END) {
      this.best.push(entry);
      return;
    }
    const last = this.best[this.best.length - 1];
    if (this.best.length >= this.limit && last && !this.before(entry, last)) return;
    let low = 0;
    let high = this.best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = this.best[mid];
      if (other && this.before(other, entry)) low = mid + 1;
      else high = mid;
    }
    this.best.splice(low, 0, entry);
    if (this.best.length > this.limit) this.best.pop();
  }

  sorted(): RankedDoc[] {
    if (this.limit <= SORT_AT_END) return [...this.best];
    return this.best.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0)).slice(0, this.limit);
  }
}
