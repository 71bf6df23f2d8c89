// The page script of qmine serve and qmine report: draws the overview's charts with ECharts from the
// page's JSON block, and makes the facts of a document clickable. No markup is built from data: text
// goes in through textContent only.
(function () {
  'use strict';

  function readJson(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element) return null;
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption(option);
    window.addEventListener('resize', function () {
      instance.resize();
    });
    return instance;
  }

  function unique(values) {
    return values.filter(function (v, i) {
      return values.indexOf(v) === i;
    });
  }

  // A cell's facts on the facts page (served pages only: a report file has no server behind it).
  function passRateFacts(cell) {
    var query = new URLSearchParams({ category: 'pass_rate', type: 'rate', region: cell.code, year: cell.year });
    return '/facts?' + query.toString();
  }

  function drawPassRates(cells) {
    var years = unique(cells.map((c) => c.year)).sort();
    // Provinces in the order the server sends them: by GB/T 2260 code, as national statistics list them.
    var regions = unique(cells.map((c) => c.region));
    var values = cells.map((c) => c.mean);
    var heat = chart('chart-pass-rates', {
      tooltip: {
        formatter: function (p) {
          return echarts.format.encodeHTML(
            regions[p.value[1]] + ' ' + years[p.value[0]] + ': ' + p.value[2] + ' % (' + p.value[3] + ' facts)',
          );
        },
      },
      grid: { left: 120, right: 20, top: 10, bottom: 90 },
      xAxis: { type: 'category', data: years, splitArea: { show: true } },
      // inverse: the first province (lowest code) on top, (未注明) at the bottom, as a table reads.
      yAxis: { type: 'category', data: regions, inverse: true, splitArea: { show: true } },
      visualMap: {
        min: values.length ? Math.floor(Math.min.apply(null, values)) : 0,
        max: values.length ? Math.ceil(Math.max.apply(null, values)) : 100,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
      },
      series: [
        {
          name: 'pass rate',
          type: 'heatmap',
          data: cells.map((c) => [years.indexOf(c.year), regions.indexOf(c.region), c.mean, c.count]),
          label: {
            show: true,
            formatter: function (p) {
              return p.value[2].toFixed(1);
            },
          },
        },
      ],
    });
    if (heat && window.location.protocol.indexOf('http') === 0)
      heat.on('click', function (p) {
        var cell = cells[p.dataIndex];
        if (cell && cell.code) window.location.href = passRateFacts(cell);
      });
  }

  function drawEnforcement(years) {
    chart('chart-enforcement', {
      tooltip: { trigger: 'axis' },
      legend: { data: ['cases 案件 (起/件)', 'money 金额 (万元)'], bottom: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: years.map((y) => y.year) },
      yAxis: [
        { type: 'value', name: '起/件' },
        { type: 'value', name: '万元' },
      ],
      series: [
        { name: 'cases 案件 (起/件)', type: 'bar', data: years.map((y) => y.cases) },
        { name: 'money 金额 (万元)', type: 'line', yAxisIndex: 1, data: years.map((y) => y.money / 10000) },
      ],
    });
  }

  function drawBars(id, rows, horizontal) {
    var keys = rows.map((r) => (r.key === null ? '(none)' : r.key));
    var counts = rows.map((r) => r.count);
    var category = { type: 'category', data: horizontal ? keys.slice().reverse() : keys };
    var value = { type: 'value' };
    chart(id, {
      tooltip: { trigger: 'axis' },
      grid: { left: horizontal ? 150 : 40, right: 20, top: 10, bottom: 30 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: horizontal ? counts.slice().reverse() : counts }],
    });
  }

  function drawMap(map, geojson) {
    echarts.registerMap('china', geojson);
    var values = map.provinces.map((p) => p.mean);
    chart('chart-map', {
      tooltip: {
        formatter: function (p) {
          var d = p.data;
          return echarts.format.encodeHTML(d ? d.province + ': ' + d.value + ' (' + d.count + ' facts)' : p.name + ': no facts');
        },
      },
      visualMap: {
        min: values.length ? Math.floor(Math.min.apply(null, values)) : 0,
        max: values.length ? Math.ceil(Math.max.apply(null, values)) : 1,
        calculable: true,
        left: 10,
        bottom: 10,
      },
      series: [
        {
          name: map.metric,
          type: 'map',
          map: 'china',
          // Provinces are joined by their GB/T 2260 code, written into the GeoJSON by the server.
          nameProperty: 'adcode',
          data: map.provinces.map((p) => ({ name: p.code, value: p.mean, province: p.name, count: p.count })),
        },
      ],
    });
  }

  function drawOverview(data) {
    drawPassRates(data.passRates);
    drawEnforcement(data.enforcement);
    drawBars('chart-metrics', data.topMetrics, true);
    var byYear = data.documents.byYear.slice().sort((a, b) => String(a.key).localeCompare(String(b.key)));
    drawBars('chart-doc-years', byYear, false);
    var inline = readJson('china-geojson');
    if (inline) drawMap(data.map, inline);
    else
      fetch('/assets/china.geojson')
        .then((r) => r.json())
        .then((geojson) => drawMap(data.map, geojson));
  }

  // The fact fields in the contract's order, as the server lists them (output/fact-fields.ts FACT_FIELDS).
  function documentPage(facts, fields) {
    var byId = {};
    facts.forEach((f) => (byId[f.id] = f));
    var panel = document.getElementById('fact-panel');

    function select(id) {
      document.querySelectorAll('mark.fact.selected').forEach((m) => m.classList.remove('selected'));
      document.querySelectorAll('mark.fact').forEach(function (m) {
        if (m.dataset.ids.split(' ').indexOf(String(id)) >= 0) m.classList.add('selected');
      });
      var fact = byId[id];
      panel.replaceChildren();
      var heading = document.createElement('h2');
      heading.textContent = 'Fact ' + id;
      var list = document.createElement('dl');
      fields.forEach(function (field) {
        var dt = document.createElement('dt');
        dt.textContent = field;
        var dd = document.createElement('dd');
        dd.textContent = fact[field] === null ? '' : String(fact[field]);
        list.append(dt, dd);
      });
      panel.append(heading, list);
      var url = new URL(window.location.href);
      url.searchParams.set('fact', id);
      url.hash = 'fact-' + id;
      history.replaceState(null, '', url);
      reveal();
    }

    function reveal() {
      var first = document.querySelector('#source-text mark.selected');
      var source = document.getElementById('source-text');
      if (first && source) source.scrollTop = first.offsetTop - source.offsetTop - source.clientHeight / 3;
      var inText = document.querySelector('#clean-text mark.selected');
      var text = document.getElementById('clean-text');
      if (inText && text) text.scrollTop = inText.offsetTop - text.offsetTop - text.clientHeight / 3;
    }

    document.querySelectorAll('mark.fact').forEach(function (mark) {
      mark.addEventListener('click', function () {
        var ids = mark.dataset.ids.split(' ');
        // A stretch inside several facts: each click selects the next one.
        var current = ids.findIndex(
          (id) =>
            mark.classList.contains('selected') &&
            document.querySelector('#fact-panel h2') &&
            document.querySelector('#fact-panel h2').textContent === 'Fact ' + id,
        );
        select(Number(ids[(current + 1) % ids.length]));
      });
    });
    reveal();
  }

  var overview = readJson('overview-data');
  if (overview && window.echarts) drawOverview(overview);
  var documentFacts = readJson('document-facts');
  if (documentFacts) documentPage(documentFacts, readJson('fact-fields'));
})();
