// The header: navigation with only the pages the user's role may use, the user's name and "Uitloggen".
import { h, replace } from './dom.js';
import { api } from './api.js';
import { PAGES } from './roles.js';
import { ROLE_LABEL } from './format.js';
import { renderSearch } from './search.js';

export function renderHeader(user) {
  const nav = document.getElementById('hoofdmenu');
  const userBox = document.getElementById('gebruiker');
  const current = location.pathname;
  const links = PAGES.filter((p) => p.roles.includes(user.role)).map((p) => {
    const active = current === p.path || (p.path === '/kaart' && current.startsWith('/gebied/'));
    return h('li', { class: 'lb-nav__item' },
      h('a', {
        class: `lb-nav__link${active ? ' lb-nav__link--current' : ''}`,
        href: p.path,
        'aria-current': current === p.path ? 'page' : null,
      }, p.label));
  });
  replace(nav, h('ul', { class: 'lb-nav__list' }, links));
  nav.hidden = false;
  setUpMenuButton(nav);

  const logout = h('button', {
    type: 'button', class: 'utrecht-button utrecht-button--secondary-action lb-logout',
    onclick: async () => {
      logout.disabled = true;
      try {
        await api('/api/v1/sessie', { method: 'DELETE', redirect401: false });
      } catch {
        // Logged out already or the session expired: the log-in page follows either way.
      }
      location.assign('/inloggen');
    },
  }, 'Uitloggen');
  replace(userBox,
    h('a', {
      class: 'lb-user__name lb-user__link', href: '/account', title: 'Mijn account: wachtwoord wijzigen',
      'aria-current': current === '/account' ? 'page' : null,
    }, user.name,
    h('span', { class: 'lb-user__role' }, ` (${ROLE_LABEL[user.role] || user.role})`)),
    logout);
  userBox.hidden = false;
  renderSearch(userBox);
}

/**
 * The "Menu" button of a narrow screen (the CSS shows it and folds the menu away below 48rem):
 * it opens and closes the menu; Escape closes it and gives the focus back to the button.
 */
function setUpMenuButton(nav) {
  const button = document.getElementById('menuknop');
  if (!button || button.dataset.ready) return;
  button.dataset.ready = 'true';
  button.hidden = false;
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('lb-nav--open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
}
