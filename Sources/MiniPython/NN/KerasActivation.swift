import NeuralCore

/// The activations a layer takes by name (`activation='relu'`), each a NeuralCore layer.
enum KerasActivation: String, CaseIterable, Sendable {
  case linear, sigmoid, tanh, relu
  case leakyReLU = "leaky_relu"
  case softmax

  /// The names accepted, in the order errors list them.
  static var names: [String] { allCases.map(\.rawValue) }

  /// The layer applying it, or `nil` for `linear` (the identity).
  var layer: (any Layer)? {
    switch self {
    case .linear: nil
    case .sigmoid: Sigmoid()
    case .tanh: Tanh()
    case .relu: ReLU()
    // Keras' `leaky_relu` activation uses a slope of 0.2 (its `LeakyReLU` layer uses 0.3).
    case .leakyReLU: LeakyReLU(slope: 0.2)
    case .softmax: Softmax()
    }
  }

  /// Reads `activation=` (a name or `None`); `linear` when absent.
  static func read(_ value: PyValue?, _ owner: String) throws(PyException) -> KerasActivation {
    guard let value, !value.isNone else { return .linear }
    guard case .str(let name) = value else {
      throw PyException(
        .valueError,
        "\(owner): activation must be a name (supported: \(names.joined(separator: ", "))), got \(value.typeName)"
      )
    }
    let key = name.lowercased() == "leakyrelu" ? "leaky_relu" : name.lowercased()
    guard let activation = KerasActivation(rawValue: key) else {
      throw PyException(
        .valueError,
        "\(owner): unknown activation '\(name)' (supported: \(names.joined(separator: ", ")))")
    }
    return activation
  }
}
