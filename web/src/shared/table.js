// Data tables in the Utrecht markup, optionally sortable by buttons in the column headers.
import { h, replace } from './dom.js';
import { paragraph } from './page.js';

/**
 * columns: [{key, label, numeric, value(row) -> sort value, cell(row) -> text or node}]
 * options: caption, sortable, totals (array of cells, one per column), rowHeader (key of the row header column),
 *          initialSort {key, dir}, empty (the text that stands instead of a table without rows)
 */
export function dataTable(columns, rows, options = {}) {
  const { caption, sortable = false, totals = null, rowHeader = null, empty = null } = options;
  if (empty !== null && !rows.length) return paragraph(empty);
  let sort = options.initialSort || null;
  const tbody = h('tbody', { class: 'utrecht-table__body' });
  const headerCells = columns.map((col) => {
    const th = h('th', {
      scope: 'col',
      class: `utrecht-table__header-cell${col.numeric ? ' utrecht-table__header-cell--numeric' : ''}`,
    });
    if (sortable) {
      th.append(h('button', {
        type: 'button', class: 'lb-sort-button',
        onclick: () => {
          sort = { key: col.key, dir: sort && sort.key === col.key && sort.dir === 'ascending' ? 'descending' : 'ascending' };
          render();
        },
      }, col.label, h('span', { class: 'lb-sort-icon', 'aria-hidden': 'true' })));
    } else {
      th.append(col.label);
    }
    return th;
  });

  const valueOf = (col, row) => (col.value ? col.value(row) : row[col.key]);

  function render() {
    headerCells.forEach((th, i) => {
      if (!sortable) return;
      if (sort && sort.key === columns[i].key) th.setAttribute('aria-sort', sort.dir);
      else th.removeAttribute('aria-sort');
    });
    let sorted = rows;
    if (sort) {
      const col = columns.find((c) => c.key === sort.key);
      const factor = sort.dir === 'ascending' ? 1 : -1;
      sorted = [...rows].sort((a, b) => {
        const va = valueOf(col, a);
        const vb = valueOf(col, b);
        if (va === vb) return 0;
        if (va === null || va === undefined) return 1; // empty values last
        if (vb === null || vb === undefined) return -1;
        if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * factor;
        return String(va).localeCompare(String(vb), 'nl') * factor;
      });
    }
    replace(tbody, sorted.map((row) => h('tr', { class: 'utrecht-table__row' },
      columns.map((col) => {
        const content = col.cell ? col.cell(row) : valueOf(col, row);
        const isHeader = rowHeader === col.key;
        return h(isHeader ? 'th' : 'td', {
          scope: isHeader ? 'row' : null,
          class: `${isHeader ? 'utrecht-table__header-cell' : 'utrecht-table__cell'}${col.numeric ? ' utrecht-table__cell--numeric' : ''}`,
        }, content ?? '');
      }))));
  }
  render();

  const table = h('table', { class: 'utrecht-table utrecht-table--html-table' },
    caption ? h('caption', { class: 'utrecht-table__caption' }, caption) : null,
    h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' }, headerCells)),
    tbody,
    totals ? h('tfoot', { class: 'utrecht-table__footer' }, h('tr', { class: 'utrecht-table__row lb-totals' },
      totals.map((cell, i) => (i === 0
        ? h('th', { scope: 'row', class: 'utrecht-table__header-cell' }, cell)
        : h('td', { class: `utrecht-table__cell${columns[i].numeric ? ' utrecht-table__cell--numeric' : ''}` }, cell ?? ''))))) : null);
  return scrollFrame(table, caption || 'Tabel');
}

/**
 * The frame every table sits in: a region keyboard users can scroll (tabindex 0), marked with a
 * border, a shadow and the hint "scroll opzij" as soon as the table is wider than its place.
 */
export function scrollFrame(table, label) {
  const frame = h('div', {
    class: 'utrecht-table-container lb-table-scroll', tabindex: '0', role: 'region', 'aria-label': label,
  }, h('p', { class: 'lb-scroll-hint', 'aria-hidden': 'true' }, 'Tabel breder dan het scherm: scroll opzij'), table);
  const mark = () => frame.classList.toggle('lb-table-scroll--wide', table.offsetWidth > frame.clientWidth + 1);
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(mark);
    observer.observe(frame);
    observer.observe(table);
  }
  return frame;
}
