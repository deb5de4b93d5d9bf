// Entry point: reads location.pathname, checks the session and role, and renders the page.
import { get, setCsrfToken, goToLogin } from './shared/api.js';
import { renderHeader } from './shared/nav.js';
import { canUse } from './shared/roles.js';
import { startPage, paragraph } from './shared/page.js';
import { renderNoAccess } from './shared/page-errors.js';
import { h } from './shared/dom.js';
import { setToday } from './shared/dates.js';
import * as inloggen from './pages/inloggen/inloggen.js';
import * as kaart from './pages/kaart/kaart.js';
import * as gemeenten from './pages/gemeenten/gemeenten.js';
import * as gebied from './pages/gebied/gebied.js';
import * as programma from './pages/programma/programma.js';
import * as gegevens from './pages/gegevens/gegevens.js';
import * as beheer from './pages/beheer/beheer.js';
import * as account from './pages/account/account.js';
import * as initiatieven from './pages/initiatieven/initiatieven.js';
import * as uitgaven from './pages/uitgaven/uitgaven.js';
import * as wijkwerk from './pages/wijkwerk/wijkwerk.js';
import * as signalen from './pages/signalen/signalen.js';
import * as portaal from './pages/portaal/portaal.js';

const ROUTES = [
  { pattern: /^\/kaart\/?$/, page: kaart, path: '/kaart' },
  { pattern: /^\/gemeenten\/?$/, page: gemeenten, path: '/gemeenten' },
  { pattern: /^\/gebied\/(buurt|wijk|gemeente|complex)\/([^/]+)\/?$/, page: gebied, path: '/gebied' },
  { pattern: /^\/programma\/?$/, page: programma, path: '/programma' },
  { pattern: /^\/gegevens\/?$/, page: gegevens, path: '/gegevens' },
  { pattern: /^\/beheer\/?$/, page: beheer, path: '/beheer' },
  { pattern: /^\/account\/?$/, page: account, path: '/account' },
  { pattern: /^\/initiatieven(?:\/([^/]+))?\/?$/, page: initiatieven, path: '/initiatieven' },
  { pattern: /^\/uitgaven(?:\/([^/]+))?\/?$/, page: uitgaven, path: '/uitgaven' },
  { pattern: /^\/wijkwerk(?:\/([^/]+))?\/?$/, page: wijkwerk, path: '/wijkwerk' },
  { pattern: /^\/signalen(?:\/([^/]+))?\/?$/, page: signalen, path: '/signalen' },
];

async function start() {
  const main = document.getElementById('inhoud');
  const path = location.pathname;
  if (path === '/inloggen' || path === '/inloggen/') {
    await inloggen.render(main);
    return;
  }
  // The public portal for residents: no account, no session.
  if (path === '/portaal' || path.startsWith('/portaal/')) {
    await portaal.render(main, { params: path.split('/').slice(2).filter(Boolean).map(decodeURIComponent) });
    return;
  }
  let me;
  try {
    me = await get('/api/v1/sessie', { redirect401: false });
  } catch (err) {
    if (err.status === 401) {
      goToLogin();
      return;
    }
    startPage(main, 'Er ging iets mis');
    main.append(paragraph(err.message));
    return;
  }
  setCsrfToken(me.csrf_token);
  setToday(me.today);
  const { user } = me;
  renderHeader(user);
  if (path === '/' || path === '') {
    location.replace('/kaart');
    return;
  }
  const route = ROUTES.find((r) => r.pattern.test(path));
  if (!route) {
    startPage(main, 'Pagina niet gevonden');
    main.append(paragraph('Deze pagina bestaat niet. ', h('a', { class: 'utrecht-link', href: '/kaart' }, 'Ga naar de kaart.')));
    return;
  }
  if (!canUse(user.role, route.path)) {
    renderNoAccess(main, user, route.page.what || 'deze pagina');
    return;
  }
  const match = path.match(route.pattern);
  await route.page.render(main, {
    user, params: match.slice(1).filter((p) => p !== undefined).map(decodeURIComponent),
  });
}

start();
