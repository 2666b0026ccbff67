import TextPlot

/// Every plot kind once, printed with its summary, to look at plots as a learner sees them:
/// `swift run PlotBenchmarks --gallery [--plain] [--mode truecolor|256|16|mono|ascii]`.
func printGallery(mode: ColorMode, plain: Bool, width: Int, height: Int) {
  func show(_ name: String, _ grid: CellGrid, _ summary: String) {
    print("== \(name)")
    for line in plain ? grid.lines : grid.ansiLines(mode: mode) { print(line) }
    print("-> \(summary)")
  }
  var state: UInt64 = 3
  func uniform() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Double(state >> 11) / Double(1 << 53)
  }
  var decay = 1.0
  let losses = (0..<300).map { _ -> Double in
    decay *= 0.985
    return (0.08 + 0.62 * decay) * (0.95 + 0.1 * uniform())
  }
  let validation = losses.enumerated().map { $0.element * 1.05 + Double($0.offset) / 4000 }
  let line = LinePlot(
    series: [LineSeries("train", y: losses), LineSeries("validation", y: validation)],
    title: "Loss", xLabel: "epoch", yLabel: "loss")
  show("line", line.render(width: width, height: height, mode: mode), line.summary)
  var log = line
  log.yScale = .log10
  log.title = "損失 (log)"
  show(
    "line, log axis, CJK title", log.render(width: width, height: height, mode: mode), log.summary)

  let decision = decisionField(size: 100)
  let heatmap = Heatmap(
    values: decision.field.values, rows: 100, columns: 100, colormap: .spectral, levels: 10,
    xRange: -1.5...1.5, yRange: -1.5...1.5, origin: .lower,
    points: ScatterSeries(
      x: decision.x, y: decision.y, classes: decision.labels, colormap: .spectral),
    title: "Decision boundary")
  show(
    "decision regions", heatmap.render(width: width, height: height, mode: mode), heatmap.summary)

  let scatter = ScatterPlot(
    x: decision.x, y: decision.y, classes: decision.labels, classNames: ["red", "blue"],
    title: "Planar data")
  show("scatter", scatter.render(width: width, height: height, mode: mode), scatter.summary)

  let confusion = Heatmap(
    values: [50, 2, 0, 3, 45, 2, 1, 4, 43], rows: 3, columns: 3, colormap: .blues,
    title: "Confusion matrix", showsValues: true, rowLabels: ["cat", "dog", "bird"],
    columnLabels: ["cat", "dog", "bird"])
  show(
    "confusion matrix", confusion.render(width: width, height: 12, mode: mode), confusion.summary)

  let attention = Heatmap(
    values: (0..<48).map { i in Double((i * 7) % 11) / 10 }, rows: 6, columns: 8,
    colormap: .viridis, title: "Attention", rowLabels: ["le", "chat", "est", "sur", "le", "tapis"])
  show("attention", attention.render(width: width / 2, height: 12, mode: mode), attention.summary)

  let gaussian = (0..<2000).map { _ -> Double in
    (0..<12).reduce(0) { sum, _ in sum + uniform() } - 6
  }
  let histogram = Histogram(values: gaussian, binCount: 20, title: "Weights of layer 1")
  show("histogram", histogram.render(width: width, height: 12, mode: mode), histogram.summary)

  let bars = BarChart(
    labels: ["cat", "dog", "猫", "bird"], values: [0.61, 0.22, 0.12, 0.05], title: "Softmax")
  show("bar chart", bars.render(width: 40, height: 10, mode: mode), bars.summary)

  let sparkline = Sparkline(values: losses)
  show("sparkline", sparkline.render(width: 40, height: 1, mode: mode), sparkline.summary)

  let digit = (0..<(28 * 28)).map { i -> Double in
    let (r, c) = (Double(i / 28) - 13.5, Double(i % 28) - 13.5)
    let d = (r * r + c * c).squareRoot()
    return d > 6 && d < 10 ? 1 : 0
  }
  let image = ImagePlot(values: digit, rows: 28, columns: 28, title: "a zero")
  show("image", image.render(width: 40, height: 16, mode: mode), image.summary)

  let filters = (0..<8).map { k in
    ImagePlot(
      values: (0..<9).map { Double(($0 * (k + 2)) % 7) / 6 - 0.5 }, rows: 3, columns: 3,
      colormap: .rdBu, valueRange: -0.5...0.5, title: "f\(k)")
  }
  let grid = ImageGrid(images: filters, title: "Conv filters")
  show("image grid", grid.render(width: width, height: 10, mode: mode), grid.summary)

  var figure = PlotFigure(rows: 1, columns: 2, title: "Run 1")
  figure[0, 0] = line.axes
  figure[0, 1] = heatmap.axes
  show("figure", figure.render(width: width, height: height, mode: mode), figure.summary)
}
