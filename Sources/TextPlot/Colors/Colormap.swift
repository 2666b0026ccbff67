/// A colour map: numbers in `[0, 1]` to colours, by linear interpolation between anchors.
///
/// The named maps sample matplotlib's maps of the same name at 0, 0.1, ..., 1 (see
/// `Colormap+Named.swift`), so a lesson's `cmap=plt.cm.Spectral` looks as the course shows it.
public struct Colormap: Sendable, Hashable {
  /// The map's name, as matplotlib spells it.
  public let name: String
  /// Evenly spaced anchor colours as `0xRRGGBB`, from 0 to 1.
  public let anchors: [UInt32]
  /// The map in ANSI colours for 16-colour terminals, evenly spaced from 0 to 1.
  ///
  /// Chosen by hand for the named maps: the nearest ANSI colour by RGB distance turns most
  /// muted colours grey (Spectral's blue end, for one), losing the map's meaning.
  public let ansiAnchors: [UInt8]

  /// A map through `anchors`; `ansiAnchors` default to the nearest ANSI colour of each anchor.
  public init(name: String, anchors: [UInt32], ansiAnchors: [UInt8]? = nil) {
    precondition(anchors.count >= 2, "a colour map needs at least 2 anchors, got \(anchors.count)")
    self.name = name
    self.anchors = anchors
    self.ansiAnchors =
      ansiAnchors
      ?? anchors.map {
        TextColor.nearestANSI(Int(($0 >> 16) & 0xFF), Int(($0 >> 8) & 0xFF), Int($0 & 0xFF))
      }
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

  /// The colour at `t` as a terminal of the given depth should draw it: the nearest of
  /// `ansiAnchors` for 16 colours, else `color(at:)` (the output brings it down further).
  public func color(at t: Double, depth: ColorMode.Depth) -> TextColor {
    guard depth == .palette16 else { return color(at: t) }
    let clamped = t.isNaN ? 0.5 : min(1, max(0, t))
    return .ansi(ansiAnchors[Int((clamped * Double(ansiAnchors.count - 1)).rounded())])
  }

  /// `count` colours evenly spaced over the map, for fast lookup: entry `i` is
  /// `color(at: i / (count - 1), depth: depth)`.
  func table(count: Int, depth: ColorMode.Depth = .truecolor) -> [TextColor] {
    (0..<count).map { color(at: count > 1 ? Double($0) / Double(count - 1) : 0.5, depth: depth) }
  }

  /// The reversed map, matplotlib's `name_r`.
  public var reversed: Colormap {
    Colormap(
      name: name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r",
      anchors: anchors.reversed(),
      ansiAnchors: ansiAnchors.reversed())
  }
}

// MARK: - Conformance

extension Colormap: CustomStringConvertible {
  public var description: String { "Colormap(\(name))" }
}
