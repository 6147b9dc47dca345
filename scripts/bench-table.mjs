// A Markdown table for the benchmark's output, aligned for a terminal (CJK characters take two columns).
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(String(r[i])))));
  const line = (cells) => '| ' + cells.map((c, i) => String(c) + ' '.repeat(widths[i] - width(String(c)))).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns. */
function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f\u2190-\u23ff\u2500-\u25ff]/.test(ch) ? 2 : 1;
  return w;
}
