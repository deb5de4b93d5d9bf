// The base map under every map: the tiles `leefbaar serve --base-map-url` names (by default PDOK's
// BRT-Achtergrondkaart) with their attribution. Without tiles (offline, a blocked host, or a server
// without a base map) the plain background stays and the map works as before.
import L from './leaflet-setup.js';
import { get } from '../api.js';

// Tiles that fail before any has loaded: the host is out of reach, so stop asking (every failed
// tile is a line in the browser's console).
const GIVE_UP_AFTER = 3;
const UNREACHABLE = 'Achtergrondkaart niet bereikbaar';

let setting = null; // one question per page load, for every map on it
let unreachable = false;

/** The server's base map: {url (null: none), attribution}. */
export function baseMapSetting() {
  if (!setting) setting = get('/api/v1/kaart/basiskaart', { redirect401: false }).catch(() => ({ url: null, attribution: '' }));
  return setting;
}

// Leaflet puts attributions in as HTML; the setting is text.
const asHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Puts the base map under a Leaflet map (when the server has one and it is reachable). The map's
 * container gets the class lb-map--tiles once a tile has loaded, so the areas on it can let the
 * base map show through. Answers the tile layer, or null.
 */
export async function addBaseMap(map) {
  const { url, attribution } = await baseMapSetting();
  if (!url || unreachable) return null;
  const control = L.control.attribution({ prefix: false }).addTo(map);
  const layer = L.tileLayer(url, {
    attribution: asHtml(attribution || ''), maxZoom: 19, className: 'lb-base-tiles', keepBuffer: 1,
  });
  let loaded = 0;
  let failed = 0;
  layer.on('tileload', () => {
    loaded += 1;
    map.getContainer().classList.add('lb-map--tiles');
  });
  let gaveUp = false;
  layer.on('tileerror', () => {
    failed += 1;
    if (loaded || failed < GIVE_UP_AFTER || gaveUp) return;
    gaveUp = true;
    unreachable = true;
    // Later, not in the event: Leaflet still reads the layer's map after it.
    setTimeout(() => {
      layer.remove();
      control.addAttribution(UNREACHABLE);
    });
  });
  layer.addTo(map);
  layer.bringToBack();
  return layer;
}
