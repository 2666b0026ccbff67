/// How a cell is drawn: foreground and background colours and text attributes.
public struct TextStyle: Sendable, Hashable {
  public var foreground: TextColor
  public var background: TextColor
  public var isBold: Bool
  public var isDim: Bool
  public var isItalic: Bool
  public var isUnderlined: Bool
  /// Swaps foreground and background, which also works without colour.
  public var isReversed: Bool

  public init(
    foreground: TextColor = .default, background: TextColor = .default, isBold: Bool = false,
    isDim: Bool = false, isItalic: Bool = false, isUnderlined: Bool = false,
    isReversed: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.isBold = isBold
    self.isDim = isDim
    self.isItalic = isItalic
    self.isUnderlined = isUnderlined
    self.isReversed = isReversed
  }

  /// The terminal's default colours and no attributes.
  public static let plain = TextStyle()

  /// A style with only a foreground colour.
  public static func foreground(_ color: TextColor) -> TextStyle {
    TextStyle(foreground: color)
  }

  /// The same style in bold.
  public var bold: TextStyle {
    var copy = self
    copy.isBold = true
    return copy
  }

  /// The same style dimmed.
  public var dim: TextStyle {
    var copy = self
    copy.isDim = true
    return copy
  }

  /// The same style with both colours brought down to a colour depth (attributes kept).
  public func downgraded(to depth: ColorMode.Depth) -> TextStyle {
    var copy = self
    copy.foreground = foreground.downgraded(to: depth)
    copy.background = background.downgraded(to: depth)
    return copy
  }
}

// MARK: - Conformance

extension TextStyle: CustomStringConvertible {
  public var description: String {
    var parts: [String] = []
    if foreground != .default { parts.append("fg \(foreground)") }
    if background != .default { parts.append("bg \(background)") }
    if isBold { parts.append("bold") }
    if isDim { parts.append("dim") }
    if isItalic { parts.append("italic") }
    if isUnderlined { parts.append("underline") }
    if isReversed { parts.append("reverse") }
    return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
  }
}
