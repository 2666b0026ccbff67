import NeuralCore

/// What a script sees of a layer: `name`, `weights`, `get_weights()`, `count_params()`, …
extension KerasLayer {
  var typeName: String { className }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<\(className) name=\(name), built=\(isBuilt ? "True" : "False")>"
  }

  var attributeNames: [String] {
    [
      "name", "weights", "trainable_weights", "get_weights", "set_weights", "count_params",
      "input_shape", "output_shape", "built", "kernel", "bias",
    ]
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "name": return .str(self.name)
    case "built": return .bool(isBuilt)
    case "weights", "variables": return Self.arrays(weights)
    case "trainable_weights":
      return Self.arrays(Array(weights.prefix(kind.parameterNamesCount(of: core))))
    case "kernel", "bias", "embeddings", "gamma", "beta", "moving_mean", "moving_variance",
      "recurrent_kernel":
      guard let index = kind.weightNames.firstIndex(of: name) else { return nil }
      let all = weights
      guard index < all.count else {
        throw PyException(.attributeError, "layer '\(self.name)' has no \(name) until it is built")
      }
      return .native(NDArray(all[index]))
    case "input_shape", "output_shape":
      guard let shape = name == "input_shape" ? inputShape : outputShape else {
        throw PyException(
          .attributeError, "The layer \"\(self.name)\" has never been called and thus has no defined \(name).")
      }
      return .tuple([.none] + shape.map { .int($0) })
    case "get_weights":
      return method(name, "get_weights()", "The weights as numpy arrays, in Keras' order.") {
        layer, _ throws(PyException) in Self.arrays(layer.weights)
      }
    case "set_weights":
      return method(name, "set_weights(weights)", "Replaces the weights (a list of arrays in Keras' order).") {
        layer, arguments throws(PyException) in
        try arguments.expectCount(1...1)
        try layer.setWeights(try Self.tensors(arguments[0], in: arguments.interpreter))
        return .none
      }
    case "count_params":
      return method(name, "count_params()", "The number of weights, trained or not.") {
        layer, _ throws(PyException) in
        guard layer.isBuilt else {
          throw PyException(
            .valueError,
            "You tried to call `count_params` on layer \(layer.name), but the layer isn't built. You can build it manually via: `\(layer.name).build(batch_input_shape)`."
          )
        }
        return .int(layer.parameterCount)
      }
    default:
      return nil
    }
  }

  /// `layer(x)`: the layer applied to a batch in inference mode (built from `x`'s shape first).
  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(1...1)
    let x = try KerasArguments.tensor(arguments[0])
    guard x.rank >= 1 else {
      throw PyException(.valueError, "\(className): expects a batch of inputs, got a scalar")
    }
    try build(inputShape: Array(x.shape.dropFirst()))
    try validateIndices(x)
    guard let core else { return PyValue.none }
    return .native(NDArray(Sequential([core]).predict(x)))
  }

  private func method(
    _ name: String, _ signature: String, _ doc: String,
    _ body: @escaping (KerasLayer, Arguments) throws(PyException) -> PyValue
  ) -> PyValue {
    .builtin(
      BuiltinFunction(name: name, signature: signature, doc: doc) { [self] arguments throws(PyException) in
        try body(self, arguments)
      })
  }

  /// A Python list of arrays.
  static func arrays(_ tensors: [Tensor]) -> PyValue {
    .list(PyList(tensors.map { .native(NDArray($0)) }))
  }

  /// The tensors of a list of arrays (or nested lists).
  static func tensors(_ value: PyValue, in interpreter: Interpreter) throws(PyException) -> [Tensor] {
    var result: [Tensor] = []
    let iterator = try interpreter.iterate(value)
    while let item = try iterator.next() { result.append(try KerasArguments.tensor(item)) }
    return result
  }
}

extension KerasLayerKind {
  /// How many of the Keras weights are trained (all but batch norm's moving statistics).
  func parameterNamesCount(of layer: (any Layer)?) -> Int {
    guard let layer else { return 0 }
    return parameterNames(of: layer).count
  }
}
