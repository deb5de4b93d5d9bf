// Colours of the map and the legend: the three levels of effort and the value scales.
import { COLOUR_LABEL, EFFORT_OF_COLOUR, decimal } from '../format.js';

export const EFFORT_FILL = { groen: '#5e9e47', geel: '#f2cf3a', oranje: '#e0701f', geen: '#c9c9c9' };
export const UNIT_FILL = { Basis: '#1f5a10', Plus: '#7a5c00', PlusPlus: '#8c2f00' };

/** The legend of the levels of effort: colour, text and level. */
export function effortLegend() {
  return [
    ...['groen', 'geel', 'oranje'].map((c) => ({
      cls: `lb-fill-${c}`, fill: EFFORT_FILL[c], text: `${COLOUR_LABEL[c]} – ${EFFORT_OF_COLOUR[c]}`,
    })),
    { cls: 'lb-fill-geen', fill: EFFORT_FILL.geen, text: 'Grijs – geen woningen met een score' },
  ];
}

// A colour-blind safe diverging scale (orange = low, purple = high).
const DIVERGING = ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#d8daeb', '#b2abd2', '#8073ac', '#542788'];
const Z_BREAKS = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5];

/**
 * A value scale for a set of numbers: z-values use fixed breaks around 0; other values use
 * quantile breaks. Answers {classOf(value) -> index or null, fill(index), legend: [{fill, text}]}.
 */
export function valueScale(values, kind) {
  const present = values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  let breaks;
  let palette;
  if (kind === 'z') {
    breaks = Z_BREAKS;
    palette = DIVERGING;
  } else {
    palette = [DIVERGING[0], DIVERGING[2], DIVERGING[3], DIVERGING[4], DIVERGING[5], DIVERGING[7]];
    breaks = [];
    for (let i = 1; i < palette.length; i += 1) {
      if (present.length) breaks.push(present[Math.min(present.length - 1, Math.floor((i * present.length) / palette.length))]);
    }
    breaks = [...new Set(breaks)];
    palette = palette.slice(0, breaks.length + 1);
  }
  const classOf = (v) => {
    if (v === null || v === undefined || Number.isNaN(v)) return null;
    let i = 0;
    while (i < breaks.length && v >= breaks[i]) i += 1;
    return i;
  };
  const legend = palette.map((fill, i) => {
    let text;
    if (breaks.length === 0) text = 'alle waarden';
    else if (i === 0) text = `lager dan ${decimal(breaks[0])}`;
    else if (i === breaks.length) text = `${decimal(breaks[i - 1])} of hoger`;
    else text = `${decimal(breaks[i - 1])} tot ${decimal(breaks[i])}`;
    return { fill, text };
  });
  legend.push({ fill: EFFORT_FILL.geen, text: 'Grijs – geen waarde' });
  return { classOf, fill: (i) => (i === null ? EFFORT_FILL.geen : palette[i]), legend };
}
