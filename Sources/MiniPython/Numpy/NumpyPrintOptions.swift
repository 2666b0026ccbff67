/// numpy's print options (`np.set_printoptions`), with numpy's defaults.
public struct NumpyPrintOptions: Sendable, Equatable {
  /// Digits after the decimal point (at most; fewer when the values need fewer).
  public var precision = 8
  /// Print small values as `0.` in fixed notation instead of switching to scientific.
  public var suppress = false
  /// Arrays with more elements than this are summarised with `...`.
  public var threshold = 1000
  /// Items shown at each end of a summarised axis.
  public var edgeItems = 3
  /// Characters per line before wrapping.
  public var lineWidth = 75

  public init(precision: Int = 8, suppress: Bool = false, threshold: Int = 1000, edgeItems: Int = 3, lineWidth: Int = 75) {
    self.precision = precision
    self.suppress = suppress
    self.threshold = threshold
    self.edgeItems = edgeItems
    self.lineWidth = lineWidth
  }
}
