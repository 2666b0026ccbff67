/// Where spaces go between the items of a formula, following TeX's atom classes.
///
/// Binary operators and relations get a space each side, a binary operator after an opening,
/// a relation or another operator is unary and gets none (`−z`), punctuation gets a space after,
/// and an operator name gets a space before a following letter (`log ŷ`, but `log(n)`).
/// Source spaces never matter, as in TeX. Scripts are set tight.
enum MathSpacing {
  /// The number of spaces to put before each item.
  static func gaps(_ items: [MathNode]) -> [Int] {
    var gaps: [Int] = []
    var previous: MathClass? = nil
    var previousIsFraction = false
    var previousIsUnary = false
    for item in items {
      if case .space = item {
        gaps.append(0)
        previous = nil
        previousIsFraction = false
        continue
      }
      var current = leftClass(item)
      var right = rightClass(item)
      let gap: Int
      switch (previous, current) {
      case (nil, .binary):
        gap = 0
        current = .ordinary
      case (nil, _):
        gap = 0
      case (.binary?, .binary), (.relation?, .binary), (.open?, .binary),
        (.punctuation?, .binary), (.largeOperator?, .binary):
        gap = previous == .open ? 0 : 1
        current = .ordinary
      case (_, .binary), (.binary?, _), (_, .relation), (.relation?, _), (.punctuation?, _):
        gap = current == .close || current == .punctuation ? 0 : 1
      case (.largeOperator?, let next):
        gap = next == .close || next == .punctuation ? 0 : 1
      case (.function?, .ordinary), (.function?, .function), (.function?, .largeOperator):
        gap = startsWithOpening(item) ? 0 : 1
      case (.ordinary?, .function), (.close?, .function):
        gap = 1
      default:
        gap = 0
      }
      // A fraction written a/b must not run into its neighbours: `1/m ∑`, `α ∂J/∂w`.
      let isFraction = if case .fraction = item { true } else { false }
      var spaced = gap
      if gap == 0, previous != nil, !previousIsUnary {
        if previousIsFraction, current != .close, current != .punctuation { spaced = 1 }
        if isFraction, previous != .open { spaced = 1 }
      }
      previousIsUnary = false
      if current == .ordinary, case .symbol(_, .binary) = item {
        right = .ordinary
        previousIsUnary = true
      }
      gaps.append(spaced)
      previous = right
      previousIsFraction = isFraction
    }
    return gaps
  }

  /// The class an item shows its left neighbour.
  static func leftClass(_ node: MathNode) -> MathClass {
    switch node {
    case .symbol(_, let mathClass): mathClass
    case .function: .function
    case .scripts(let base, _, _): leftClass(base)
    case .delimited(let left, _, _): left.isEmpty ? .ordinary : .open
    case .row(let items): items.first.map(leftClass) ?? .ordinary
    default: .ordinary
    }
  }

  /// The class an item shows its right neighbour.
  static func rightClass(_ node: MathNode) -> MathClass {
    switch node {
    case .symbol(_, let mathClass): mathClass
    case .function: .function
    case .scripts(let base, _, _): rightClass(base)
    case .delimited(_, _, let right): right.isEmpty ? .ordinary : .close
    case .row(let items): items.last.map(rightClass) ?? .ordinary
    default: .ordinary
    }
  }

  private static func startsWithOpening(_ node: MathNode) -> Bool {
    leftClass(node) == .open
  }
}
