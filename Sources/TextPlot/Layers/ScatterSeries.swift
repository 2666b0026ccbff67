/// Points of a scatter plot, optionally with a class label each (matplotlib's `c=labels`).
///
/// Each class gets its own glyph (`●`, `×`, `▲`, ...) and colour, so the classes read without
/// colour too. Points with a NaN or infinite coordinate are skipped and counted.
public struct ScatterSeries: Sendable, Hashable {
  /// The legend entry when there are no classes; empty keeps it out of the legend.
  public var name: String
  public var x: [Double]
  public var y: [Double]
  /// A class index per point (0, 1, 2, ...), or `nil` for one class.
  public var classes: [Int]?
  /// Legend names per class; missing names read "class k".
  public var classNames: [String]
  /// The colour of a single-class series, or `nil` for the palette's next colour.
  public var color: TextColor?
  /// Colours classes by a colour map (class k of C at `k / (C - 1)`) instead of the palette,
  /// matching a decision field drawn with the same map.
  public var colormap: Colormap?

  public init(
    _ name: String = "", x: [Double], y: [Double], classes: [Int]? = nil,
    classNames: [String] = [], color: TextColor? = nil, colormap: Colormap? = nil
  ) {
    self.name = name
    self.x = x
    self.y = y
    self.classes = classes
    self.classNames = classNames
    self.color = color
    self.colormap = colormap
  }

  /// The number of points: the shortest of the given arrays.
  public var count: Int { min(x.count, y.count, classes?.count ?? Int.max) }

  /// The class of point `index` (0 without classes; negative labels count as 0).
  @inline(__always)
  func classOf(_ index: Int) -> Int { max(0, classes?[index] ?? 0) }

  /// The number of classes: one more than the largest label.
  var classCount: Int { (classes?.prefix(count).max() ?? 0) + 1 }

  /// The legend name of class `k`.
  func className(_ k: Int) -> String {
    k < classNames.count ? classNames[k] : classes == nil ? name : "class \(k)"
  }
}
