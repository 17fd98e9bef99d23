// Charts of the training dashboard, the 三会一课 heatmap, campaign results and a target letter's board. Each page carries its figures in a
// <script type="application/json"> block, which the browser never executes; this file reads them as data.
(function () {
    function data(id) {
        var source = document.getElementById(id);
        return source && typeof echarts !== 'undefined' ? JSON.parse(source.textContent) : null;
    }
    function chart(id) {
        var el = document.getElementById(id);
        if (!el) return null;
        var c = echarts.init(el);
        window.addEventListener('resize', function () { c.resize(); });
        return c;
    }

    var quarters = data('dashboard-data');
    if (quarters) {
        var names = quarters.map(function (q) { return '第' + q.quarter + '季度'; });
        var bars = function (id, planned, held) {
            var c = chart(id);
            if (!c) return;
            c.setOption({tooltip: {trigger: 'axis', renderMode: 'richText'}, legend: {data: ['计划', '实际']},
                grid: {left: 50, right: 10, top: 30, bottom: 30}, xAxis: {type: 'category', data: names},
                yAxis: {type: 'value', minInterval: 1},
                series: [{name: '计划', type: 'bar', data: quarters.map(planned), itemStyle: {color: '#bdbdbd'}},
                    {name: '实际', type: 'bar', data: quarters.map(held), itemStyle: {color: '#b71c1c'}}]});
        };
        bars('chart-sessions', function (q) { return q.plannedSessions; }, function (q) { return q.heldSessions; });
        bars('chart-headcount', function (q) { return q.plannedHeadcount; }, function (q) { return q.headcount; });
    }

    var rows = data('heatmap-data');
    var heatmap = rows && chart('chart-heatmap');
    if (heatmap) {
        var months = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
        var branches = rows.map(function (r) { return r[0]; }).reverse();
        var cells = [];
        rows.forEach(function (r, i) {
            r[1].forEach(function (v, m) {
                // The tooltip's text rides on the item (shown as plain text, never HTML).
                if (v !== null) cells.push({value: [m, rows.length - 1 - i, v], name: r[0] + ' ' + months[m] + '：缺开' + v + '次'});
            });
        });
        heatmap.setOption({
            tooltip: {renderMode: 'richText', formatter: '{b}'},
            grid: {left: 90, right: 10, top: 10, bottom: 50},
            xAxis: {type: 'category', data: months, splitArea: {show: true}},
            yAxis: {type: 'category', data: branches, splitArea: {show: true}},
            visualMap: {min: 0, max: 3, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
                inRange: {color: ['#e8f5e9', '#ffcc80', '#e53935']}, itemHeight: 80},
            series: [{type: 'heatmap', data: cells, label: {show: true}}]
        });
    }

    var letter = data('letter-data');
    var letterChart = letter && chart('chart-letter');
    if (letterChart) {
        letterChart.setOption({
            tooltip: {trigger: 'axis', renderMode: 'richText'}, legend: {data: ['估算得分', '满分']},
            grid: {left: 40, right: 10, top: 30, bottom: 60},
            xAxis: {type: 'category', data: letter.villages, axisLabel: {rotate: 45}},
            yAxis: {type: 'value'},
            series: [{name: '满分', type: 'bar', data: letter.full, itemStyle: {color: '#bdbdbd'}, barGap: '-100%'},
                {name: '估算得分', type: 'bar', data: letter.estimated, itemStyle: {color: '#b71c1c'}}]
        });
    }

    var d = data('distribution-data');
    var distribution = d && chart('chart-distribution');
    if (distribution) {
        distribution.setOption({
            tooltip: {trigger: 'axis', renderMode: 'richText'}, legend: {top: 0},
            grid: {left: 40, right: 10, top: 30, bottom: 30},
            xAxis: {type: 'category', data: d.townships || []}, yAxis: {type: 'value', minInterval: 1},
            series: (d.series || []).map(function (s) {
                return {name: s.name, type: 'bar', stack: 'g', data: s.data, label: {show: true}};
            })
        });
    }
})();
