/// Renders a formula in two dimensions: stacked fractions, big operators with limits above and
/// below, radicals with a bar, tall delimiters and matrices.
///
/// ```
///      1
/// σ(z) = ──────
///      1 + e⁻ᶻ
/// ```
/// Scripts on one-line bases are set as in `InlineMathRenderer`.
enum DisplayMathRenderer {
  static func render(_ node: MathNode) -> MathBox {
    switch node {
    case .row(let items):
      return MathBox.horizontal(items.map(render), gaps: MathSpacing.gaps(items))
    case .fraction(let numerator, let denominator):
      let top = render(numerator)
      let bottom = render(denominator)
      let rule = MathBox(String(repeating: "─", count: max(top.width, bottom.width) + 2))
      return MathBox.vertical([top, rule, bottom], baseline: top.height)
    case .scripts(let base, let sub, let sup):
      return scripts(base, sub: sub, sup: sup)
    case .root(let body, let index):
      let inner = render(body)
      guard inner.height > 1 || index != nil else {
        return MathBox(
          lines: [" " + String(repeating: "_", count: inner.width), "√" + inner.lines[0]],
          baseline: 1)
      }
      let prefix =
        index.map {
          InlineMathRenderer.raisedOrBracketed(InlineMathRenderer.render($0, script: true))
        } ?? ""
      var lines = [
        String(repeating: " ", count: prefix.count + 1) + String(repeating: "_", count: inner.width)
      ]
      for (row, line) in inner.lines.enumerated() {
        let mark =
          row == inner.height - 1 ? prefix + "√" : String(repeating: " ", count: prefix.count) + "│"
        lines.append(mark + line)
      }
      return MathBox(lines: lines, baseline: inner.baseline + 1)
    case .delimited(let left, let body, let right):
      let inner = render(body)
      guard inner.height > 1 else { return MathBox(left + inner.lines[0] + right) }
      return MathBox.horizontal(
        [tall(left, opening: true, like: inner), inner, tall(right, opening: false, like: inner)],
        gaps: [0, 0, 0])
    case .matrix(let rows, let left, let right):
      let grid = matrix(rows, centred: !(left.isEmpty && right.isEmpty))
      guard !(left.isEmpty && right.isEmpty) else { return grid }
      return MathBox.horizontal(
        [tall(left, opening: true, like: grid), grid, tall(right, opening: false, like: grid)],
        gaps: [0, 1, 1])
    case .underbrace(let body, let label):
      let inner = render(body)
      let width = max(inner.width, 2)
      let half = (width - 2) / 2
      let brace =
        "╰" + String(repeating: "─", count: half) + "┬"
        + String(repeating: "─", count: max(width - 3 - half, 0)) + "╯"
      var boxes = [inner, MathBox(String(brace.prefix(max(width, 3))))]
      if let label { boxes.append(render(label)) }
      return MathBox.vertical(boxes, baseline: inner.baseline)
    default:
      return MathBox(InlineMathRenderer.render(node))
    }
  }

  /// A big operator takes its limits above and below; a tall base takes its scripts at its
  /// top and bottom rows; anything else is set inline.
  static func scripts(_ base: MathNode, sub: MathNode?, sup: MathNode?) -> MathBox {
    if MathSpacing.leftClass(base) == .largeOperator || base == .function("max")
      || base == .function("min") || base == .function("argmax") || base == .function("argmin")
      || base == .function("lim")
    {
      let symbol = render(base)
      var boxes: [MathBox] = []
      if let sup { boxes.append(MathBox(InlineMathRenderer.render(sup, script: true))) }
      boxes.append(symbol)
      if let sub { boxes.append(MathBox(InlineMathRenderer.render(sub, script: true))) }
      return MathBox.vertical(boxes, baseline: (sup == nil ? 0 : 1) + symbol.baseline)
    }
    let body = render(base)
    guard body.height > 1 else {
      return MathBox(InlineMathRenderer.render(.scripts(base: base, sub: sub, sup: sup)))
    }
    var lines = body.lines
    let supText = sup.map {
      InlineMathRenderer.attach(InlineMathRenderer.render($0, script: true), raised: true)
    }
    let subText = sub.map {
      InlineMathRenderer.attach(InlineMathRenderer.render($0, script: true), raised: false)
    }
    if let supText { lines[0] += supText }
    if let subText { lines[lines.count - 1] += subText }
    return MathBox(lines: lines, baseline: body.baseline)
  }

  /// A delimiter drawn as tall as `box`.
  static func tall(_ delimiter: String, opening: Bool, like box: MathBox) -> MathBox {
    let height = box.height
    let pieces: (String, String, String, String)? =
      switch delimiter {
      case "(": ("⎛", "⎜", "⎝", "⎜")
      case ")": ("⎞", "⎟", "⎠", "⎟")
      case "[": ("⎡", "⎢", "⎣", "⎢")
      case "]": ("⎤", "⎥", "⎦", "⎥")
      case "{": ("⎧", "⎪", "⎩", "⎨")
      case "}": ("⎫", "⎪", "⎭", "⎬")
      case "⌊": ("⎢", "⎢", "⎣", "⎢")
      case "⌋": ("⎥", "⎥", "⎦", "⎥")
      case "⌈": ("⎡", "⎢", "⎢", "⎢")
      case "⌉": ("⎤", "⎥", "⎥", "⎥")
      case "|": ("│", "│", "│", "│")
      case "‖": ("‖", "‖", "‖", "‖")
      default: nil
      }
    guard let (top, middle, bottom, centre) = pieces else {
      var lines = Array(repeating: String(repeating: " ", count: delimiter.count), count: height)
      lines[box.baseline] = delimiter
      return MathBox(lines: lines, baseline: box.baseline)
    }
    var lines = (0..<height).map { row in
      row == 0 ? top : row == height - 1 ? bottom : middle
    }
    if delimiter == "{" || delimiter == "}", height > 2 { lines[box.baseline] = centre }
    return MathBox(lines: lines, baseline: box.baseline)
  }

  /// Cells laid out in columns two spaces apart; centred, or left-aligned for `aligned` rows.
  static func matrix(_ rows: [[MathNode]], centred: Bool) -> MathBox {
    let cells = rows.map { $0.map(render) }
    let columns = cells.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      cells.map { $0.count > column ? $0[column].width : 0 }.max() ?? 0
    }
    var lines: [String] = []
    for row in cells {
      let padded = (0..<columns).map { column -> MathBox in
        let cell = column < row.count ? row[column] : MathBox("")
        if centred { return cell.centred(in: widths[column]) }
        return MathBox(
          lines: cell.lines.map { $0 + String(repeating: " ", count: widths[column] - cell.width) },
          baseline: cell.baseline)
      }
      let gaps = [0] + Array(repeating: centred ? 2 : 1, count: max(columns - 1, 0))
      lines += MathBox.horizontal(padded, gaps: gaps).lines
    }
    return MathBox(lines: lines, baseline: (lines.count - 1) / 2)
  }
}
