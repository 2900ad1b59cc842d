// Customer map (#customer-map) and pin placing (#pin-map), with Leaflet. Texts and URLs come from data-
// attributes, so the page needs no inline script (the content security policy allows none).
(function () {
  'use strict';

  var COLOURS = {
    ON_TRACK: '#2e7d32', DUE_SOON: '#f9a825', OVERDUE: '#ef6c00', LONG_OVERDUE: '#c62828', NO_TARGET: '#78909c'
  };
  var FRANCE = [46.6, 2.4];

  function baseMap(element) {
    var map = L.map(element, { preferCanvas: false }).setView(FRANCE, 5);
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
    return map;
  }

  function format(text, values) {
    return text.replace(/\{(\d+)\}/g, function (all, i) { return values[i] === undefined ? all : values[i]; });
  }

  function line(parent, text, className) {
    var p = document.createElement('div');
    if (className) { p.className = className; }
    p.textContent = text;
    parent.appendChild(p);
    return p;
  }

  function popup(customer, data) {
    var box = document.createElement('div');
    line(box, customer.name, 'popup-name');
    if (customer.city) { line(box, customer.city); }
    if (customer.ownerName) { line(box, format(data.ownerText, [customer.ownerName])); }
    line(box, customer.lastVisitOn ? format(data.lastVisitText, [customer.lastVisitOn, customer.daysSinceVisit])
      : data.neverText);
    var link = document.createElement('a');
    link.href = data.placeUrl + customer.id;
    link.textContent = data.placeText;
    box.appendChild(link);
    return box;
  }

  function customerMap(element) {
    var status = document.getElementById('map-status');
    var map = baseMap(element);
    var data = element.dataset;
    fetch(data.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (answer) {
        var bounds = [];
        answer.markers.forEach(function (customer) {
          var colour = COLOURS[customer.urgency] || COLOURS.NO_TARGET;
          var marker = L.circleMarker([customer.latitude, customer.longitude], {
            radius: 8, color: '#1d2733', weight: 1, fillColor: colour, fillOpacity: 0.9,
            className: 'customer-marker urgency-' + customer.urgency
          }).addTo(map);
          marker.bindPopup(popup(customer, data));
          var path = marker.getElement();
          if (path) {
            path.setAttribute('data-customer-id', customer.id);
            path.setAttribute('data-urgency', customer.urgency);
          }
          bounds.push([customer.latitude, customer.longitude]);
        });
        if (bounds.length === 1) {
          map.setView(bounds[0], 13);
        } else if (bounds.length > 1) {
          map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
        }
        element.setAttribute('data-markers', String(answer.markers.length));
        status.textContent = format(data.countText, [answer.markers.length])
          + (answer.truncated ? ' ' + data.truncatedText : '');
      })
      .catch(function () {
        status.textContent = data.errorText;
        status.classList.add('error');
      });
  }

  function number(input) {
    var value = parseFloat(String(input.value).replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function pinMap(element) {
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var map = baseMap(element);
    var marker = null;

    function place(latlng, fromInputs) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, autoPan: true }).addTo(map);
        marker.on('dragend', function () { place(marker.getLatLng(), false); });
      } else {
        marker.setLatLng(latlng);
      }
      if (!fromInputs) {
        latitude.value = latlng.lat.toFixed(6);
        longitude.value = latlng.lng.toFixed(6);
      }
    }

    var lat = number(latitude);
    var lng = number(longitude);
    if (lat !== null && lng !== null) {
      place(L.latLng(lat, lng), true);
      map.setView([lat, lng], 15);
    }
    map.on('click', function (event) { place(event.latlng, false); });
    [latitude, longitude].forEach(function (input) {
      input.addEventListener('change', function () {
        var a = number(latitude);
        var b = number(longitude);
        if (a !== null && b !== null && a >= -90 && a <= 90 && b >= -180 && b <= 180) {
          place(L.latLng(a, b), true);
          map.panTo([a, b]);
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var overview = document.getElementById('customer-map');
    if (overview) { customerMap(overview); }
    var pin = document.getElementById('pin-map');
    if (pin) { pinMap(pin); }
  });
})();
