/// One plotting area with its layers, like a matplotlib `Axes`: lines, scatters, fields and
/// bars drawn together under one pair of axes.
///
/// Options are stored properties with defaults; `plot`, `scatter`, `contourf`, `imshow` and
/// `bar` append layers the way their pyplot namesakes do. `render(width:height:mode:)` draws
/// everything into a `CellGrid`: fields first (half blocks), then bars (eighth blocks), lines
/// (braille), scatter glyphs, and on top the axes, title and legend. The y axis grows upward.
///
/// ```swift
/// var axes = Axes(title: "Training loss", xLabel: "step", yScale: .log10)
/// axes.plot(y: losses, label: "train")
/// axes.render(width: 60, height: 15).lines
/// ```
public struct Axes: Sendable, Hashable {
  /// Whether the x and y data units are drawn the same size (matplotlib's `set_aspect`).
  public enum Aspect: String, Sendable, Hashable {
    /// Fill the area.
    case auto
    /// One x unit as wide as one y unit is tall, counting a cell as two square pixels
    /// stacked; images keep their shape.
    case equal
  }

  public var layers: [PlotLayer]
  public var title: String
  public var xLabel: String
  public var yLabel: String
  /// The x range shown (matplotlib's `xlim`), or `nil` to fit the data.
  public var xLimits: ClosedRange<Double>?
  /// The y range shown (matplotlib's `ylim`), or `nil` to fit the data.
  public var yLimits: ClosedRange<Double>?
  public var xScale: AxisScale
  public var yScale: AxisScale
  /// Whether named layers are listed in a legend (placed in the emptiest corner).
  public var showsLegend: Bool
  /// Whether ticks, tick labels and axis lines are drawn (`axis('off')` clears it).
  public var showsAxis: Bool
  /// Custom x ticks with labels (matplotlib's `xticks(positions, labels)`), or `nil` for nice ticks.
  public var xTicks: [AxisTick]?
  /// Custom y ticks with labels, or `nil` for nice ticks.
  public var yTicks: [AxisTick]?
  public var aspect: Aspect
  /// Whether y grows downward, as for images and matrices (matplotlib's `invert_yaxis`;
  /// `imshow` sets it).
  public var yInverted: Bool
  /// Whether a colour bar for the first field is drawn at the right (`plt.colorbar()`).
  public var showsColorbar: Bool

  public init(
    layers: [PlotLayer] = [], title: String = "", xLabel: String = "", yLabel: String = "",
    xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
    xScale: AxisScale = .linear, yScale: AxisScale = .linear, showsLegend: Bool = true,
    showsAxis: Bool = true, xTicks: [AxisTick]? = nil, yTicks: [AxisTick]? = nil,
    aspect: Aspect = .auto, yInverted: Bool = false, showsColorbar: Bool = false
  ) {
    self.layers = layers
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.xScale = xScale
    self.yScale = yScale
    self.showsLegend = showsLegend
    self.showsAxis = showsAxis
    self.xTicks = xTicks
    self.yTicks = yTicks
    self.aspect = aspect
    self.yInverted = yInverted
    self.showsColorbar = showsColorbar
  }

  /// Adds a line of `y` against `x` (or against 0, 1, 2, ...), like `plt.plot(x, y, label=)`.
  public mutating func plot(
    x: [Double]? = nil, y: [Double], label: String = "", color: TextColor? = nil
  ) {
    layers.append(.line(LineSeries(label, x: x, y: y, color: color)))
  }

  /// Adds points, one glyph and colour per class, like `plt.scatter(x, y, c=classes)`.
  public mutating func scatter(
    x: [Double], y: [Double], classes: [Int]? = nil, label: String = "",
    classNames: [String] = [], color: TextColor? = nil, colormap: Colormap? = nil
  ) {
    layers.append(
      .scatter(
        ScatterSeries(
          label, x: x, y: y, classes: classes, classNames: classNames, color: color,
          colormap: colormap)))
  }

  /// Adds filled contours of `values` (`rows x columns`, row 0 at the bottom) over the given
  /// ranges, like `plt.contourf(xx, yy, Z, levels, cmap=)`.
  public mutating func contourf(
    values: [Double], rows: Int, columns: Int, xRange: ClosedRange<Double>,
    yRange: ClosedRange<Double>, levels: Int? = 8, colormap: Colormap = .viridis
  ) {
    layers.append(
      .field(
        FieldLayer(
          values: values, rows: rows, columns: columns, xRange: xRange, yRange: yRange,
          origin: .lower, colormap: colormap, levels: levels)))
  }

  /// Adds an image (`rows x columns` values, or `rows x columns x 3` RGB), like
  /// `plt.imshow(A, cmap=)`: pixel (i, j) is centred at x = j, y = i, the y axis is inverted so
  /// that row 0 is at the top, and the aspect is equal so the image keeps its shape.
  public mutating func imshow(
    values: [Double], rows: Int, columns: Int, channels: Int = 1, colormap: Colormap = .viridis,
    valueRange: ClosedRange<Double>? = nil
  ) {
    layers.append(
      .field(
        FieldLayer(
          values: values, rows: rows, columns: columns, channels: channels,
          xRange: -0.5...(Double(columns) - 0.5), yRange: -0.5...(Double(rows) - 0.5),
          origin: .lower, colormap: colormap, valueRange: valueRange)))
    aspect = .equal
    yInverted = true
  }

  /// Adds a histogram of `values` as bars, like `plt.hist(values, bins=, range=)`: `bins`
  /// equal-width bins over `range` (or the finite values' span), counted as `numpy.histogram`.
  public mutating func hist(
    values: [Double], bins: Int = 10, range: ClosedRange<Double>? = nil, label: String = "",
    color: TextColor? = nil
  ) {
    let (edges, counts) = Histogram(values: values, binCount: bins, range: range).bins
    bar(
      x: (0..<counts.count).map { (edges[$0] + edges[$0 + 1]) / 2 },
      heights: counts.map(Double.init), width: edges[1] - edges[0], label: label, color: color)
  }

  /// Adds error bars at the points `(x, y)`, like the bars of `plt.errorbar(x, y, yerr=, xerr=)`:
  /// each vertical bar reaches `yBelow[i]` below and `yAbove[i]` above its point, each
  /// horizontal bar `xBelow[i]` left and `xAbove[i]` right (`nil` for no bars in that direction).
  public mutating func errorbar(
    x: [Double], y: [Double], yBelow: [Double]? = nil, yAbove: [Double]? = nil,
    xBelow: [Double]? = nil, xAbove: [Double]? = nil, label: String = "", color: TextColor? = nil
  ) {
    layers.append(
      .errorBars(
        ErrorBarSeries(
          label, x: x, y: y, yBelow: yBelow, yAbove: yAbove, xBelow: xBelow, xAbove: xAbove,
          color: color)))
  }

  /// Adds a line across the axes at `value`, like `plt.axhline(y)` (`.horizontal`) or
  /// `plt.axvline(x)` (`.vertical`), from `start` to `end` (fractions of the other axis).
  public mutating func referenceLine(
    _ orientation: ReferenceLine.Orientation, at value: Double, from start: Double = 0, to end: Double = 1,
    label: String = "", color: TextColor? = nil
  ) {
    layers.append(.referenceLine(ReferenceLine(orientation, at: value, from: start, to: end, name: label, color: color)))
  }

  /// Adds bars of `heights` centred at `x`, like `plt.bar(x, heights, width=)`.
  public mutating func bar(
    x: [Double], heights: [Double], width: Double = 0.8, label: String = "",
    color: TextColor? = nil
  ) {
    layers.append(.bars(BarSeries(label, x: x, heights: heights, width: width, color: color)))
  }
}

/// A tick at a position with its own label: `AxisTick(2, "cat")`.
public struct AxisTick: Sendable, Hashable {
  public var value: Double
  public var label: String

  public init(_ value: Double, _ label: String) {
    self.value = value
    self.label = label
  }
}

// MARK: - Conformance

extension Axes: CustomStringConvertible {
  public var description: String {
    let name = title.isEmpty ? "" : " \"\(title)\""
    return "Axes\(name) with \(layers.count) layer\(layers.count == 1 ? "" : "s")"
  }
}
