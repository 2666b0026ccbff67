/// `model.summary()`: the table Keras 2 prints, column for column.
extension KerasModel {
  /// Keras' layout for sequential models: 65 characters, columns ending at 29, 55 and 65.
  static let lineLength = 65
  static let columnEnds = [29, 55, 65]

  /// The summary's lines, exactly as Keras prints them (trailing spaces included):
  ///
  /// ```
  /// Model: "sequential"
  /// _________________________________________________________________
  ///  Layer (type)                Output Shape              Param #
  /// =================================================================
  ///  dense (Dense)               (None, 4)                 12
  ///
  /// =================================================================
  /// Total params: 12
  /// Trainable params: 12
  /// Non-trainable params: 0
  /// _________________________________________________________________
  /// ```
  ///
  /// - Throws: `ValueError` when the model has not been built (Keras' wording).
  func summaryLines() throws(PyException) -> [String] {
    guard isBuilt else { throw Self.notBuilt }
    var lines = ["Model: \"\(name)\"", String(repeating: "_", count: Self.lineLength)]
    lines += Self.row(["Layer (type)", "Output Shape", "Param #"])
    lines.append(String(repeating: "=", count: Self.lineLength))
    for layer in layers {
      let shape = KerasArguments.shapeText(layer.outputShape ?? [])
      lines += Self.row(["\(layer.name) (\(layer.className))", shape, "\(layer.parameterCount)"])
      lines.append(String(repeating: " ", count: Self.lineLength))
    }
    let trainable = layers.reduce(0) { $0 + $1.trainableCount }
    lines += [
      String(repeating: "=", count: Self.lineLength),
      "Total params: \(Self.grouped(parameterCount))",
      "Trainable params: \(Self.grouped(trainable))",
      "Non-trainable params: \(Self.grouped(parameterCount - trainable))",
      String(repeating: "_", count: Self.lineLength),
    ]
    return lines
  }

  /// Keras' `print_row`: each field cut to its column (less two spaces), continued on the next
  /// lines when longer, breaking after `),` where it can.
  static func row(_ fields: [String]) -> [String] {
    var left = fields.map { Array($0) }
    var lines: [String] = []
    repeat {
      var line = ""
      for column in left.indices {
        let start = column > 0 ? columnEnds[column - 1] : 0
        let space = column != columnEnds.count - 1 ? 2 : 0
        var cutoff = max(columnEnds[column] - start - space, 0)
        var fit = Array(left[column].prefix(cutoff))
        let breaks = ["),", "},", "],", "',"].compactMap { mark -> Int? in
          let pair = Array(mark)
          guard fit.count >= 2 else { return nil }
          return (0..<(fit.count - 1)).first { fit[$0] == pair[0] && fit[$0 + 1] == pair[1] }.map { $0 + 2 }
        }
        if let first = breaks.min() {
          cutoff = first
          fit = Array(fit.prefix(first))
        }
        if column == 0 { line += " " }
        line += String(fit) + String(repeating: " ", count: space)
        left[column] = Array(left[column].dropFirst(min(cutoff, left[column].count)))
        line += String(repeating: " ", count: max(columnEnds[column] - line.count, 0))
      }
      lines.append(line)
    } while left.contains { !$0.isEmpty }
    return lines
  }

  /// `34944` → `34,944`, Python's `{:,}`.
  static func grouped(_ n: Int) -> String {
    let digits = Array(String(abs(n)))
    var text = ""
    for (i, digit) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return (n < 0 ? "-" : "") + text
  }
}
