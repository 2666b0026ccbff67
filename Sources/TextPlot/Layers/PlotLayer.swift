/// One layer of an `Axes`; layers are drawn in order, fields first and points last.
public enum PlotLayer: Sendable, Hashable {
  case line(LineSeries)
  case scatter(ScatterSeries)
  case field(FieldLayer)
  case bars(BarSeries)
}
