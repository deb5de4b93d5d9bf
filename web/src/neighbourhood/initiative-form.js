// What the two forms that make a resident initiative share (Initiatieven, entered by staff; the
// residents' portal): what must be filled in before sending, and the request's members. Each form
// has its own words on its fields; f: {title, description, type, buurt, postcode, huisnummer, area,
// amount, hours, materials}, the fields (area: the area picker).

/** The errors before sending; place: also a buurt or an address when the area is the whole buurt. */
export function initiativeErrors(f, { place = false } = {}) {
  return [
    !f.title.input.value.trim() && { field: 'title', message: 'Vul een titel in.' },
    !f.description.input.value.trim() && { field: 'description', message: 'Vul een beschrijving in.' },
    !f.type.select.value && { field: 'type', message: 'Kies het soort initiatief.' },
    place && f.area.mode() === 'buurt' && !f.buurt.select.value && !f.postcode.input.value.trim()
      && { field: 'buurt', message: 'Kies de buurt of vul het adres van de plek in.' },
    f.area.problem() && { field: 'gebied', message: f.area.problem() },
  ].filter(Boolean);
}

/** The members of the request that both forms send. */
export function initiativeBody(f) {
  return {
    title: f.title.input.value, description: f.description.input.value, type: f.type.select.value,
    buurt: f.buurt.select.value, postcode: f.postcode.input.value, huisnummer: f.huisnummer.input.value, gebied: f.area.value(),
    asked_amount: f.amount.input.value, asked_hours: f.hours.input.value, asked_materials: f.materials.input.value,
  };
}
