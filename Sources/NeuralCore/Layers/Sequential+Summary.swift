/// A Keras-style table of a model's layers, output shapes and parameter counts.
extension Sequential {
  /// One row per layer for inputs of one example's shape, as Keras's `model.summary()`.
  ///
  /// ```
  /// #  layer                                 output shape  parameters
  /// 0  Dense(inputSize: 2, outputSize: 4)    (None, 4)     12
  /// 1  ReLU()                                (None, 4)     0
  /// total parameters: 12
  /// ```
  ///
  /// The batch axis prints as `None`, as Keras prints it.
  ///
  /// - Parameter inputShape: the shape of one example, without the batch axis.
  /// - Throws: `ShapeError` naming the first layer that does not accept its input.
  public func summary(inputShape: [Int]) throws(ShapeError) -> String {
    var shape = [1] + inputShape
    var rows: [[String]] = [["#", "layer", "output shape", "parameters"]]
    for (i, layer) in layers.enumerated() {
      do {
        shape = try layer.outputShape(forInputShape: shape)
      } catch {
        throw .mismatch("layer \(i), \(error)")
      }
      let text =
        "(" + (["None"] + shape.dropFirst().map(String.init)).joined(separator: ", ")
        + (shape.count == 1 ? ",)" : ")")
      rows.append(["\(i)", layer.description, text, "\(layer.parameterCount)"])
    }
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    let lines = rows.map { row in
      row.enumerated().map { column, cell in
        column == 3 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: "  ")
    }
    return (lines + ["total parameters: \(parameterCount)"]).joined(separator: "\n")
  }
}
