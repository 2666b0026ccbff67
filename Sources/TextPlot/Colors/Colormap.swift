/// A colour map: numbers in `[0, 1]` to colours, by linear interpolation between anchors.
///
/// The named maps sample matplotlib's maps of the same name at 0, 0.1, ..., 1 (see
/// `Colormap+Named.swift`), so a lesson's `cmap=plt.cm.Spectral` looks as the course shows it.
public struct Colormap: Sendable, Hashable {
  /// The map's name, as matplotlib spells it.
  public let name: String
  /// Evenly spaced anchor colours as `0xRRGGBB`, from 0 to 1.
  public let anchors: [UInt32]

  public init(name: String, anchors: [UInt32]) {
    precondition(anchors.count >= 2, "a colour map needs at least 2 anchors, got \(anchors.count)")
    self.name = name
    self.anchors = anchors
  }

  /// The colour at `t`, clamped to `[0, 1]`; NaN gives the middle colour.
  public func color(at t: Double) -> TextColor {
    let clamped = t.isNaN ? 0.5 : min(1, max(0, t))
    let position = clamped * Double(anchors.count - 1)
    let index = min(anchors.count - 2, Int(position))
    let fraction = position - Double(index)
    let (a, b) = (anchors[index], anchors[index + 1])
    func channel(_ shift: UInt32) -> UInt8 {
      let low = Double((a >> shift) & 0xFF)
      let high = Double((b >> shift) & 0xFF)
      return UInt8((low + (high - low) * fraction).rounded())
    }
    return .rgb(channel(16), channel(8), channel(0))
  }

  /// `count` colours evenly spaced over the map, for fast lookup: entry `i` is `color(at: i / (count - 1))`.
  func table(count: Int) -> [TextColor] {
    (0..<count).map { color(at: count > 1 ? Double($0) / Double(count - 1) : 0.5) }
  }

  /// The reversed map, matplotlib's `name_r`.
  public var reversed: Colormap {
    Colormap(name: name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r", anchors: anchors.reversed())
  }
}

// MARK: - Conformance

extension Colormap: CustomStringConvertible {
  public var description: String { "Colormap(\(name))" }
}
