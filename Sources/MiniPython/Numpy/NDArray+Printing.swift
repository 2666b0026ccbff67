/// `str` and `repr` of arrays, exactly as numpy 2.x prints them (`arrayprint.py`).
///
/// ```
/// str:  [[1.  2.5]
///        [3.  4. ]]
/// repr: array([[1. , 2.5],
///              [3. , 4. ]])
/// ```
/// Rows wrap at `lineWidth` (75) characters, and arrays above `threshold` (1000) elements show
/// `edgeItems` (3) items at each end of every long axis with `...` between.
extension NDArray {
  /// `str(a)` / `print(a)`.
  public func formatted(options: NumpyPrintOptions = NumpyPrintOptions()) -> String {
    if ndim == 0 { return NDArray.scalarText(first, dtype) }
    return arrayText(options: options, separator: " ", prefix: "", suffix: "")
  }

  /// `repr(a)`: `array([...])`, with `dtype=` and `shape=` where numpy adds them.
  public func represented(options: NumpyPrintOptions = NumpyPrintOptions()) -> String {
    let prefix = "array("
    let body: String
    if count == 0 && !(ndim == 1) {
      body = "[]"
    } else {
      body = arrayText(options: options, separator: ", ", prefix: prefix, suffix: ")")
    }
    var extras: [String] = []
    if (count == 0 && shape != [0]) || count > options.threshold {
      extras.append("shape=" + NumpyError.tuple(shape))
    }
    if count == 0 && dtype != .float64 || count == 0 {
      extras.append("dtype=" + dtype.name)
    }
    if extras.isEmpty { return prefix + body + ")" }
    let text = prefix + body + ","
    let extra = extras.joined(separator: ", ") + ")"
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
    let spacer = lastLine + extra.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return text + spacer + extra
  }

  /// A scalar as Python prints it: `1.5`, `3`, `True`.
  public static func scalarText(_ value: Double, _ dtype: DType) -> String {
    switch dtype {
    case .float64: return pythonFloatRepr(value)
    case .int64: return String(Int64(value))
    case .bool: return value != 0 ? "True" : "False"
    }
  }

  private func arrayText(options: NumpyPrintOptions, separator: String, prefix: String, suffix: String) -> String {
    if count == 0 { return "[]" }
    let summarise = count > options.threshold
    let edge = options.edgeItems
    if ndim == 0 {
      let format = ElementFormat(values: [first], dtype: dtype, options: options)
      let text = format.format(first)
      return dtype == .bool ? String(text.drop { $0 == " " }) : text
    }
    var shown: [Double] = []
    collect(axis: 0, base: offset, summarise: summarise, edge: edge, into: &shown)
    let format = ElementFormat(values: shown, dtype: dtype, options: options)
    let source = storage.buffer
    let insert = summarise ? "..." : ""
    let width = options.lineWidth - suffix.count
    let hanging = " " + String(repeating: " ", count: prefix.count)

    func recurse(axis: Int, base: Int, hangingIndent: String, currentWidth: Int) -> String {
      if axis == ndim { return format.format(source[base]) }
      let nextHanging = hangingIndent + " "
      let nextWidth = currentWidth - 1
      let length = shape[axis]
      let showSummary = !insert.isEmpty && 2 * edge < length
      let leading = showSummary ? edge : 0
      let trailing = showSummary ? edge : length
      var s = ""
      if axis == ndim - 1 {
        let elementWidth = currentWidth - max(separator.trimmingTrailingSpaces.count, 1)
        var line = hangingIndent
        func extend(_ word: String) {
          var needsWrap = line.count + word.count > elementWidth
          if line.count <= hangingIndent.count { needsWrap = false }
          if needsWrap {
            s += line.trimmingTrailingSpaces + "\n"
            line = hangingIndent
          }
          line += word
        }
        for i in 0..<leading {
          extend(recurse(axis: axis + 1, base: base + i * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth))
          line += separator
        }
        if showSummary {
          extend(insert)
          line += separator
        }
        for i in stride(from: trailing, to: 1, by: -1) {
          let index = length - i
          extend(recurse(axis: axis + 1, base: base + index * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth))
          line += separator
        }
        extend(recurse(axis: axis + 1, base: base + (length - 1) * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth))
        s += line
      } else {
        let lineSeparator = separator.trimmingTrailingSpaces + String(repeating: "\n", count: ndim - axis - 1)
        for i in 0..<leading {
          s += hangingIndent + recurse(axis: axis + 1, base: base + i * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth) + lineSeparator
        }
        if showSummary { s += hangingIndent + insert + lineSeparator }
        for i in stride(from: trailing, to: 1, by: -1) {
          let index = length - i
          s += hangingIndent + recurse(axis: axis + 1, base: base + index * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth) + lineSeparator
        }
        s += hangingIndent + recurse(axis: axis + 1, base: base + (length - 1) * strides[axis], hangingIndent: nextHanging, currentWidth: nextWidth)
      }
      return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
    }
    return recurse(axis: 0, base: offset, hangingIndent: hanging, currentWidth: width)
  }

  /// The elements that will be printed (all, or the edges of each long axis when summarising).
  private func collect(axis: Int, base: Int, summarise: Bool, edge: Int, into values: inout [Double]) {
    if axis == ndim {
      values.append(storage.buffer[base])
      return
    }
    let length = shape[axis]
    let indices: [Int] = summarise && length > 2 * edge ? Array(0..<edge) + Array((length - edge)..<length) : Array(0..<length)
    for i in indices {
      collect(axis: axis + 1, base: base + i * strides[axis], summarise: summarise, edge: edge, into: &values)
    }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
