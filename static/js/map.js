/* Maps (the maps app): the park map on /map/ and the "Show map" button on park pages.
 *
 * Leaflet comes from our own static files (static/vendor/), loaded on demand: on /map/ at once,
 * on a park page only when the reader presses "Show map", so a park page makes no tile request
 * until asked. Tiles come from MAP_TILE_URL (data-tile-url), whose origin the CSP allows.
 * No inline code: this file only reads data attributes and builds DOM nodes.
 */
(function () {
  "use strict";

  const loading = new Map();

  /* Load a same-origin script or stylesheet once; resolves when it has loaded. */
  function load(url) {
    if (!loading.has(url)) {
      loading.set(url, new Promise(function (resolve, reject) {
        const isStyle = /\.css(\?|$)/.test(url);
        const element = document.createElement(isStyle ? "link" : "script");
        if (isStyle) {
          element.rel = "stylesheet";
          element.href = url;
        } else {
          element.src = url;
          element.async = false;
        }
        element.addEventListener("load", resolve);
        element.addEventListener("error", function () { reject(new Error("could not load " + url)); });
        document.head.appendChild(element);
      }));
    }
    return loading.get(url);
  }

  function urls(value) {
    return (value || "").split(/\s+/).filter(Boolean);
  }

  /* Stylesheets first (Leaflet finds its marker image through leaflet.css), then the scripts
     in order (markercluster extends Leaflet). */
  function loadLeaflet(data) {
    const styles = urls(data.leafletCss).concat(urls(data.clusterCss));
    return Promise.all(styles.map(load))
      .then(function () { return load(data.leafletJs); })
      .then(function () { return data.clusterJs ? load(data.clusterJs) : null; });
  }

  function baseMap(canvas, data, options) {
    const map = window.L.map(canvas, Object.assign({ keyboard: true, scrollWheelZoom: false }, options));
    window.L.tileLayer(data.tileUrl, { attribution: data.tileAttribution, maxZoom: 19 }).addTo(map);
    return map;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  /* A popup's content as DOM nodes (never HTML strings): park names are user content. */
  function popupContent(properties) {
    const box = document.createElement("div");
    box.className = "map-popup";
    const link = document.createElement("a");
    link.href = properties.url;
    link.textContent = properties.name;
    link.className = "map-popup__title";
    const place = document.createElement("p");
    place.textContent = properties.place;
    const counts = document.createElement("p");
    counts.textContent = plural(properties.rides, "ride") + ", " + plural(properties.coasters, "roller coaster");
    box.append(link, place, counts);
    return box;
  }

  function parkMarker(feature) {
    const [longitude, latitude] = feature.geometry.coordinates; // GeoJSON order: [lon, lat]
    const name = feature.properties.name;
    return window.L.marker([latitude, longitude], { title: name, alt: name, keyboard: true })
      .bindPopup(popupContent(feature.properties));
  }

  /* /map/: markers for the parks that match the filters, reloaded after an htmx swap of the
     results (which carry the GeoJSON URL for the current filters) changes that URL. */
  function initParksMap(container) {
    const data = container.dataset;
    const canvas = container.querySelector("[data-map-canvas]");
    const status = container.querySelector("[data-map-status]");
    let latest = 0;
    container.hidden = false;
    status.textContent = "Loading the map…";

    function currentUrl() {
      const holder = document.querySelector("#map-results [data-geojson-url]");
      return holder ? holder.dataset.geojsonUrl : null;
    }

    loadLeaflet(data).then(function () {
      const map = baseMap(canvas, data, { worldCopyJump: true }).setView([20, 0], 2);
      const markers = window.L.markerClusterGroup({ chunkedLoading: true });
      map.addLayer(markers);

      let shown = null;

      /* Markers for the GeoJSON at `url`; a new page of the list (same URL) keeps them. */
      function show(url) {
        if (!url || url === shown) { return; }
        shown = url;
        const request = ++latest;
        container.setAttribute("aria-busy", "true");
        fetch(url, { headers: { Accept: "application/geo+json" } })
          .then(function (response) {
            if (!response.ok) { throw new Error("HTTP " + response.status); }
            return response.json();
          })
          .then(function (collection) {
            if (request !== latest) { return; } // a newer filter won
            markers.clearLayers();
            markers.addLayers(collection.features.map(parkMarker));
            container.dataset.markerCount = String(collection.features.length);
            status.textContent = "The map shows " + plural(collection.features.length, "park") + ".";
            if (collection.features.length) {
              map.fitBounds(markers.getBounds(), { maxZoom: 9, padding: [24, 24] });
            }
          })
          .catch(function () {
            if (request === latest) { shown = null; } // let the next swap try again
            status.textContent = "The markers could not be loaded; the list below has every park.";
          })
          .finally(function () {
            if (request === latest) { container.removeAttribute("aria-busy"); }
          });
      }

      show(currentUrl());
      document.body.addEventListener("htmx:afterSettle", function (event) {
        if (event.detail && event.detail.target && event.detail.target.id === "map-results") {
          show(currentUrl());
        }
      });
    }).catch(function () {
      status.textContent = "The map could not be loaded; the list below has every park.";
    });
  }

  /* Park pages: a small map of the park, only after the reader asks for it. */
  function initParkMap(container) {
    const data = container.dataset;
    const button = container.querySelector("[data-show-map]");
    const canvas = container.querySelector("[data-map-canvas]");
    const status = container.querySelector("[data-map-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = "Loading the map…";
      loadLeaflet(data).then(function () {
        const point = [parseFloat(data.lat), parseFloat(data.lon)];
        canvas.hidden = false;
        button.hidden = true;
        const map = baseMap(canvas, data, {}).setView(point, 14);
        window.L.marker(point, { title: data.name, alt: data.name, keyboard: true }).addTo(map);
        status.textContent = "";
        canvas.focus();
      }).catch(function () {
        button.disabled = false;
        status.textContent = "The map could not be loaded.";
      });
    });
  }

  document.querySelectorAll("[data-parks-map]").forEach(initParksMap);
  document.querySelectorAll("[data-park-map]").forEach(initParkMap);
})();
