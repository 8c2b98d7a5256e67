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

  /* Stylesheets first (Leaflet finds its marker image through leaflet.css), then the script. */
  function loadLeaflet(data) {
    return Promise.all(urls(data.leafletCss).map(load)).then(function () { return load(data.leafletJs); });
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

  /* The copy of a longitude nearest the map's centre: across the antimeridian the server
     sends -170 for a park the reader sees at 190. */
  function nearCentre(longitude, centre) {
    return longitude + 360 * Math.round((centre - longitude) / 360);
  }

  function parkMarker(feature, centre) {
    const [longitude, latitude] = feature.geometry.coordinates; // GeoJSON order: [lon, lat]
    const name = feature.properties.name;
    return window.L.marker([latitude, nearCentre(longitude, centre)], { title: name, alt: name, keyboard: true })
      .bindPopup(popupContent(feature.properties));
  }

  /* Several parks grouped on the server: a focusable marker with the count; click or Enter
     zooms to the parks' bounds (the feature's bbox), where the next load splits it. */
  function clusterMarker(feature, centre, zoomTo) {
    const [longitude, latitude] = feature.geometry.coordinates;
    const count = feature.properties.count;
    const label = plural(count, "park");
    const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
    const badge = document.createElement("span");
    badge.textContent = String(count);
    const icon = window.L.divIcon({ className: "map-cluster", html: badge, iconSize: [size, size] });
    const marker = window.L.marker([latitude, nearCentre(longitude, centre)], { icon: icon, title: label, alt: label, keyboard: true });
    function zoomIn() { zoomTo(feature.bbox, nearCentre(feature.bbox[0], centre) - feature.bbox[0]); }
    marker.on("click", zoomIn);
    // Leaflet turns Enter into a click only for markers with a popup.
    marker.on("keypress", function (event) {
      if (event.originalEvent.key === "Enter") { zoomIn(); }
    });
    return marker;
  }

  /* Longitude in [-180, 180]; an east edge that wraps to -180 is 180. */
  function wrap(longitude, isEast) {
    const wrapped = ((longitude + 180) % 360 + 360) % 360 - 180;
    return isEast && wrapped === -180 ? 180 : wrapped;
  }

  /* The bbox and zoom of what the map shows (the server snaps the bbox out to its grid). */
  function viewQuery(map, world) {
    const zoom = map.getZoom();
    if (world) { return "bbox=-180,-90,180,90&zoom=" + zoom; }
    const bounds = map.getBounds();
    let west = bounds.getWest();
    let east = bounds.getEast();
    if (east - west >= 360) {
      west = -180;
      east = 180;
    } else {
      west = wrap(west, false);
      east = wrap(east, true); // west > east now means the view crosses the antimeridian
    }
    const south = Math.max(-90, bounds.getSouth());
    const north = Math.min(90, bounds.getNorth());
    return "bbox=" + [west, south, east, north].map(function (d) { return d.toFixed(5); }).join(",") + "&zoom=" + zoom;
  }

  /* /map/: the parks in view that match the filters, loaded on every move and zoom (the
     server groups them into clusters when there are many), and after an htmx swap of the
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
      const markers = window.L.layerGroup().addTo(map);
      let filtersUrl = null;
      let timer = null;
      let fitting = 0; // the request of new filters, whose fit moves the map next

      function zoomTo(bbox, shift) {
        const [west, south, east, north] = bbox;
        const bounds = window.L.latLngBounds([south, west + shift], [north, east + shift]);
        const zoom = Math.min(18, Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds, false, window.L.point(48, 48))));
        map.setView(bounds.getCenter(), zoom);
      }

      function draw(collection) {
        const focused = document.activeElement;
        const hadFocus = focused && focused.classList.contains("leaflet-marker-icon") && canvas.contains(focused);
        const centre = map.getCenter().lng;
        let clusters = 0;
        markers.clearLayers();
        collection.features.forEach(function (feature) {
          const cluster = feature.properties.cluster === true;
          clusters += cluster ? 1 : 0;
          markers.addLayer(cluster ? clusterMarker(feature, centre, zoomTo) : parkMarker(feature, centre));
        });
        container.dataset.markerCount = String(collection.features.length);
        container.dataset.clusterCount = String(clusters);
        container.dataset.parkCount = String(collection.parks);
        status.textContent = collection.parks
          ? "This part of the map holds " + plural(collection.parks, "park") + (clusters ? "; numbered circles group parks close together (zoom in to see them)." : ".")
          : "No parks in this part of the map.";
        if (hadFocus) { canvas.focus(); } // the focused marker is gone: keep focus on the map
      }

      /* Fetch the view's GeoJSON; `fit` (new filters) asks for the whole world first and
         fits the map to the parks' bounds, whose moveend then loads the view. */
      function load(fit) {
        if (!filtersUrl) { return; }
        const url = filtersUrl + (filtersUrl.indexOf("?") === -1 ? "?" : "&") + viewQuery(map, fit);
        const request = ++latest;
        clearTimeout(timer); // a move that settled before this load is covered by it
        fitting = fit ? request : 0;
        container.setAttribute("aria-busy", "true");
        fetch(url, { headers: { Accept: "application/geo+json" } })
          .then(function (response) {
            if (!response.ok) { throw new Error("HTTP " + response.status); }
            return response.json();
          })
          .then(function (collection) {
            if (request !== latest) { return; } // a newer view or filter won
            fitting = 0;
            if (request === 1 && !collection.parks) {
              // The first view holds none of the parks (at zoom 2 a phone shows 120 degrees
              // of longitude): fit the map to where they are instead.
              load(true);
              return;
            }
            draw(collection);
            if (fit && collection.bbox) {
              const [west, south, east, north] = collection.bbox;
              map.fitBounds([[south, west], [north, east]], { maxZoom: 9, padding: [24, 24] });
            }
          })
          .catch(function () {
            if (request === latest) {
              fitting = 0;
              status.textContent = "The markers could not be loaded; the list below has every park.";
            }
          })
          .finally(function () {
            if (request === latest) { container.removeAttribute("aria-busy"); }
          });
      }

      /* New filters (a new page of the list keeps the same URL, and the markers). */
      function useFilters(url) {
        if (!url || url === filtersUrl) { return; }
        const first = filtersUrl === null;
        filtersUrl = url;
        // The first, unfiltered view is the world at zoom 2: nothing to fit.
        load(!first || url.indexOf("?") !== -1);
      }

      map.on("moveend zoomend", function () {
        clearTimeout(timer);
        if (fitting) { return; } // the moves of a fit under way (its own moveend comes after)
        timer = setTimeout(function () { load(false); }, 250);
      });
      useFilters(currentUrl());
      document.body.addEventListener("htmx:afterSettle", function (event) {
        if (event.detail && event.detail.target && event.detail.target.id === "map-results") {
          useFilters(currentUrl());
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
