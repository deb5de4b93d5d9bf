// Leaflet as one mutable object, also on window.L, which leaflet.markercluster extends when it loads.
import L from 'leaflet';

window.L = L;
export default L;
