// Charts of the workbench's register figures; the data comes from the page as JSON, never as script.
(function () {
    var source = document.getElementById('home-data');
    if (!source || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(source.textContent);
    function bar(id, values, horizontal) {
        var el = document.getElementById(id);
        if (!el) return;
        var chart = echarts.init(el);
        var names = Object.keys(values), counts = names.map(function (k) { return values[k]; });
        var cat = {type: 'category', data: names, axisLabel: {interval: 0, rotate: horizontal ? 0 : 30}};
        var val = {type: 'value', minInterval: 1};
        chart.setOption({grid: {left: horizontal ? 90 : 40, right: 20, top: 20, bottom: horizontal ? 30 : 60},
            tooltip: {renderMode: 'richText'}, xAxis: horizontal ? val : cat, yAxis: horizontal ? cat : val,
            series: [{type: 'bar', data: counts, itemStyle: {color: '#b71c1c'}}]});
        window.addEventListener('resize', function () { chart.resize(); });
    }
    function pie(id, values) {
        var el = document.getElementById(id);
        if (!el) return;
        var chart = echarts.init(el);
        chart.setOption({tooltip: {trigger: 'item', renderMode: 'richText'},
            series: [{type: 'pie', radius: ['35%', '65%'],
                label: {formatter: '{b}\n{d}%'},
                data: Object.keys(values).map(function (k) { return {name: k, value: values[k]}; })}]});
        window.addEventListener('resize', function () { chart.resize(); });
    }
    bar('chart-children', data.byChild, true);
    bar('chart-age', data.ages, false);
    pie('chart-education', data.education);
})();
