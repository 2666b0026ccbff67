import MiniPython
import NeuralCore

/// Runs a script in a fresh session with some arrays bound as globals (the test data).
enum KerasScript {
  static func run(_ source: String, arrays: [String: Tensor] = [:]) -> RunResult {
    let session = Session()
    for (name, tensor) in arrays { session.interpreter.setGlobal(name, .native(NDArray(tensor))) }
    return session.run(source: source, fileName: "keras.py")
  }

  /// The last line of the error (`ValueError: …`), or the printed text when there was none.
  static func outcome(_ result: RunResult) -> String {
    if let error = result.error { return "\(error.typeName): \(error.message)" }
    return result.text
  }
}
