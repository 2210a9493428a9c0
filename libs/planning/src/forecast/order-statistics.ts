/**
 * Puts the k-th smallest of a[left..right] at a[k], smaller ones before it and larger after
 * (Hoare's quickselect, median-of-three pivot; deterministic). A forecast needs only a few order
 * statistics of each column, which this finds several times faster than sorting it.
 */
export function selectInPlace(a: Float64Array, k: number, left = 0, right = a.length - 1): number {
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as pivot, moved to a[left].
    if (a[mid] < a[left]) swap(a, mid, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[mid]) swap(a, right, mid);
    swap(a, mid, left);
    const pivot = a[left];
    let i = left;
    let j = right + 1;
    for (;;) {
      do i++;
      while (i <= right && a[i] < pivot);
      do j--;
      while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, left, j);
    if (j === k) return a[k];
    if (j < k) left = j + 1;
    else right = j - 1;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Percentiles (type 7: linear between order statistics) of `values` for ascending `ps` in [0, 1];
 * reorders `values`.
 */
export function percentilesInPlace(values: Float64Array, ps: readonly number[], out: Float64Array): void {
  const n = values.length;
  let from = 0;
  let last = -1;
  let lastValue = 0;
  const at = (k: number): number => {
    if (k === last) return lastValue;
    lastValue = selectInPlace(values, k, from, n - 1);
    from = k + 1;
    last = k;
    return lastValue;
  };
  for (let q = 0; q < ps.length; q++) {
    const h = (n - 1) * ps[q];
    const lo = Math.floor(h);
    const low = at(lo);
    // The next order statistic is the least of what lies right of lo.
    let high = low;
    if (lo + 1 < n && h > lo) {
      high = Infinity;
      for (let i = lo + 1; i < n; i++) if (values[i] < high) high = values[i];
    }
    out[q] = low + (h - lo) * (high - low);
  }
}
