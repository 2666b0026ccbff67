// Times TextPlot's hot paths in release mode: `swift run -c release PlotBenchmarks`.
// `--show` prints each benchmarked picture (ANSI truecolor) instead of timing it.
import TextPlot

/// A deterministic noisy loss curve: `0.05 + 0.65 / (1 + i / 500)` plus uniform noise.
func lossCurve(count: Int) -> [Double] {
  var state: UInt64 = 42
  return (0..<count).map { i in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let noise = Double(state >> 11) / Double(1 << 53) - 0.5
    let clean = 0.05 + 0.65 / (1 + Double(i) / 500)
    return clean * (1 + 0.3 * noise)
  }
}

/// A 200x200 field of class-1 probabilities over [-1.5, 1.5]^2 (a flower-like boundary) and
/// 400 labelled points.
func decisionField(size: Int) -> (field: FieldLayer, x: [Double], y: [Double], labels: [Int]) {
  func probability(_ x: Double, _ y: Double) -> Double {
    let z = 4 * (x * x * x - 3 * x * y * y) * (x * x + y * y < 1.8 ? 1 : 0.3)
    return 0.5 + 0.5 * z / (1 + abs(z))
  }
  var values: [Double] = []
  values.reserveCapacity(size * size)
  for row in 0..<size {
    for column in 0..<size {
      let x = -1.5 + 3 * (Double(column) + 0.5) / Double(size)
      let y = -1.5 + 3 * (Double(row) + 0.5) / Double(size)
      values.append(probability(x, y))
    }
  }
  let field = FieldLayer(
    values: values, rows: size, columns: size, xRange: -1.5...1.5, yRange: -1.5...1.5,
    colormap: .spectral, levels: 10)
  var state: UInt64 = 7
  func uniform() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Double(state >> 11) / Double(1 << 53) * 2.6 - 1.3
  }
  var xs: [Double] = []
  var ys: [Double] = []
  var labels: [Int] = []
  for _ in 0..<400 {
    let (x, y) = (uniform(), uniform())
    xs.append(x)
    ys.append(y)
    labels.append(probability(x, y) + 0.15 * uniform() > 0.5 ? 1 : 0)
  }
  return (field, xs, ys, labels)
}

/// The median of `runs` timings of `body`, in milliseconds.
func medianMilliseconds(runs: Int, _ body: () -> CellGrid) -> (Double, CellGrid) {
  let clock = ContinuousClock()
  var times: [Double] = []
  var last = body()
  for _ in 0..<runs {
    let start = clock.now
    last = body()
    let elapsed = clock.now - start
    times.append(
      Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
  }
  times.sort()
  return (times[times.count / 2], last)
}

let arguments = CommandLine.arguments
if arguments.contains("--gallery") {
  let modes: [String: ColorMode] = [
    "truecolor": .truecolor, "256": .palette256, "16": .palette16, "mono": .monochrome,
    "ascii": .ascii,
  ]
  let modeIndex = arguments.firstIndex(of: "--mode").map { $0 + 1 }
  let mode = modeIndex.flatMap { $0 < arguments.count ? modes[arguments[$0]] : nil } ?? .truecolor
  printGallery(mode: mode, plain: arguments.contains("--plain"), width: 72, height: 18)
} else {
  runBenchmarks(show: arguments.contains("--show"))
}

/// Renders each benchmark case at 80x24 and 200x60 and prints the median times.
func runBenchmarks(show: Bool) {
  let losses = lossCurve(count: 10_000)
  let lossPlot = LinePlot(
    series: [LineSeries("loss", y: losses)], title: "Training loss", xLabel: "step", yScale: .log10)
  let decision = decisionField(size: 200)
  var boundary = Axes(title: "Decision boundary", xLabel: "x1", yLabel: "x2")
  boundary.layers = [.field(decision.field)]
  boundary.scatter(x: decision.x, y: decision.y, classes: decision.labels, colormap: .spectral)

  print("TextPlot benchmarks (median of 200 runs, release build expected)")
  for (width, height) in [(80, 24), (200, 60)] {
    let (lineTime, lineGrid) = medianMilliseconds(runs: 200) {
      lossPlot.render(width: width, height: height)
    }
    let (fieldTime, fieldGrid) = medianMilliseconds(runs: 200) {
      boundary.render(width: width, height: height)
    }
    if show {
      for line in lineGrid.ansiLines(mode: .truecolor) { print(line) }
      print(lossPlot.summary)
      for line in fieldGrid.ansiLines(mode: .truecolor) { print(line) }
    }
    let size = "\(width)x\(height)"
    print("10,000-point loss curve into \(size): \(lineTime) ms")
    print("200x200 decision field + 400 points into \(size): \(fieldTime) ms")
    let clock = ContinuousClock()
    var ansiTimes: [Duration] = []
    for _ in 0..<50 {
      let start = clock.now
      _ = fieldGrid.ansiLines(mode: .palette256)
      ansiTimes.append(clock.now - start)
    }
    print("  its grid as 256-colour ANSI lines: \(ansiTimes.sorted()[25])")
  }
}
