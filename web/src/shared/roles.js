// Which pages each role may use; the server checks the same on every request.

export const PAGES = [
  { path: '/kaart', label: 'Kaart', roles: ['beheerder', 'analist', 'wijkteam', 'lezer'] },
  { path: '/gemeenten', label: 'Gemeenten', roles: ['beheerder', 'analist', 'lezer'] },
  { path: '/programma', label: 'Programma', roles: ['beheerder', 'analist', 'lezer'] },
  { path: '/initiatieven', label: 'Initiatieven', roles: ['beheerder', 'analist', 'wijkteam', 'lezer'] },
  { path: '/wijkwerk', label: 'Wijkwerk', roles: ['beheerder', 'analist', 'wijkteam', 'lezer'] },
  { path: '/signalen', label: 'Signalen', roles: ['beheerder', 'analist', 'wijkteam', 'lezer'] },
  { path: '/uitgaven', label: 'Uitgaven', roles: ['beheerder', 'analist', 'lezer'] },
  { path: '/gegevens', label: 'Gegevens', roles: ['beheerder', 'analist'] },
  { path: '/beheer', label: 'Beheer', roles: ['beheerder'] },
];

const ROLE_CAN = {
  beheerder: 'Met de rol beheerder kunt u alle onderdelen gebruiken.',
  analist: 'Met de rol analist kunt u de kaart, de gebieden, de gemeenten, het programma en de gegevens gebruiken. '
    + 'Organisaties en gebruikers beheren kan alleen een beheerder.',
  wijkteam: 'Met de rol wijkteam kunt u de kaart en de pagina\u2019s van de gebieden bekijken. '
    + 'Het programma, de gemeenten, de gegevens en het beheer zijn voor de analist van de corporatie.',
  lezer: 'Met de rol lezer kunt u de kaart, de gebieden, de gemeenten en het programma bekijken, '
    + 'en berekenen wat een andere instelling doet. Scenario\u2019s opslaan, gegevens inlezen en beheer '
    + 'kunnen alleen een analist of beheerder.',
};

export function canUse(role, path) {
  const page = PAGES.find((p) => p.path === path);
  return !page || page.roles.includes(role);
}

export function canSaveScenario(role) {
  return role === 'beheerder' || role === 'analist';
}

/** What a role can do, in plain Dutch, for the "Geen toegang" message. */
export function roleExplanation(role) {
  return ROLE_CAN[role] || 'Uw rol geeft geen toegang tot dit onderdeel.';
}
