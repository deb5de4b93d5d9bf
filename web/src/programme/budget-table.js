// The table per gemeente of the source document (Gemeenten, Programma): units, DAEB units, mean
// score, focus and the budget.
import { dataTable } from '../shared/table.js';
import { euro, int, decimal, yesNo } from '../shared/format.js';

const sum = (rows, key) => {
  const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
};

export function gemeentenTable(rows, caption) {
  const totalActual = sum(rows, 'actual');
  const totalDaeb = sum(rows, 'daeb_units');
  const totals = [
    'Totaal',
    int(sum(rows, 'units')),
    int(totalDaeb),
    '',
    `${rows.filter((r) => r.focus).length} focus`,
    euro(sum(rows, 'plan')),
    euro(totalActual),
    euro(sum(rows, 'difference')),
    totalActual !== null && totalDaeb ? euro(totalActual / totalDaeb) : '',
    '',
  ];
  return dataTable([
    { key: 'name', label: 'Gemeente' },
    { key: 'units', label: 'Eenheden', numeric: true, cell: (r) => int(r.units) },
    { key: 'daeb_units', label: 'DAEB-eenheden', numeric: true, cell: (r) => int(r.daeb_units) },
    { key: 'mean_afw', label: 'Gemiddelde score', numeric: true, cell: (r) => decimal(r.mean_afw, 3) },
    { key: 'focus', label: 'Focus', value: (r) => (r.focus ? 1 : 0), cell: (r) => yesNo(r.focus) },
    { key: 'plan', label: 'Gepland budget', numeric: true, cell: (r) => euro(r.plan) },
    { key: 'actual', label: 'Werkelijk', numeric: true, cell: (r) => euro(r.actual) },
    { key: 'difference', label: 'Verschil', numeric: true, cell: (r) => euro(r.difference) },
    { key: 'actual_per_daeb_unit', label: 'Werkelijk per DAEB-eenheid', numeric: true, cell: (r) => euro(r.actual_per_daeb_unit) },
    {
      key: 'above_cap', label: 'Boven plafond',
      value: (r) => (r.above_cap === null || r.above_cap === undefined ? null : Number(r.above_cap)),
      cell: (r) => yesNo(r.above_cap),
    },
  ], rows, { caption, sortable: true, rowHeader: 'name', totals });
}
