/// A small labelled data set generated in code: inputs `x` and labels `y`.
///
/// Each generator is a static function of a `RandomState` (or of a seed), so a lesson that fixes
/// its seed gets the same points every time; the generators that copy a course's or a library's
/// code (`planarFlower`, `spiral`, `moons`, `circles`, `blobs`) draw exactly the numbers numpy
/// draws there. Layouts follow the source each one copies, and each doc comment gives the shapes:
/// the course's planar set has examples in columns (`x`: `[2, m]`), the others examples in rows
/// (`x`: `[N, D]`, `y`: `[N]`, images `[N, height, width, 1]`). Labels are class indices stored as doubles.
public struct ToyDataset: Sendable, Equatable {
  /// The inputs.
  public var x: Tensor
  /// The labels (class indices as doubles, or target values).
  public var y: Tensor

  /// Pairs inputs with their labels.
  public init(x: Tensor, y: Tensor) {
    self.x = x
    self.y = y
  }

  /// `count` evenly spaced values from `start` to `stop`, computed exactly as numpy's `linspace`.
  ///
  /// numpy computes `i · step + start` with `step = (stop - start) / div` (`div = count - 1`, or
  /// `count` without the endpoint) and then sets the last value to `stop` when it is included.
  static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true) -> [Double] {
    let div = endpoint ? count - 1 : count
    let delta = stop - start
    guard div > 0 else { return (0..<max(count, 0)).map { Double($0) * delta + start } }
    let step = delta / Double(div)
    var values = (0..<count).map { index in
      step == 0 ? Double(index) / Double(div) * delta + start : Double(index) * step + start
    }
    if endpoint && count > 1 { values[count - 1] = stop }
    return values
  }

  /// The rows of a `[N, D]` matrix given as `N · D` row-major scalars, in a new order.
  static func reorderRows(_ scalars: [Double], width: Int, by order: [Int]) -> [Double] {
    order.flatMap { scalars[($0 * width)..<(($0 + 1) * width)] }
  }
}

// MARK: - Conformance

extension ToyDataset: CustomStringConvertible {
  /// The two shapes, like `ToyDataset(x: (2, 400), y: (1, 400))`.
  public var description: String {
    "ToyDataset(x: \(ToyDataset.text(of: x.shape)), y: \(ToyDataset.text(of: y.shape)))"
  }

  private static func text(of shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
  }
}
