/// One layer of an `Axes`; layers are drawn in order, fields first and points last.
public enum PlotLayer: Sendable, Hashable {
  case line(LineSeries)
  case scatter(ScatterSeries)
  case field(FieldLayer)
  case bars(BarSeries)
  /// Error bars, drawn with the lines in the colour of their data (they take no palette colour
  /// of their own).
  case errorBars(ErrorBarSeries)
  /// A line across the axes at one value (`axhline`, `axvline`), drawn with the lines.
  case referenceLine(ReferenceLine)
}
