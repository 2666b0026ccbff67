/// The `time` module: wall-clock and monotonic time, and `sleep`.
enum TimeModule {
  static func make() -> PyModule {
    PyModule(
      name: "time", doc: "Time access.",
      functions: [
        BuiltinFunction(name: "time", signature: "time()", doc: "Seconds since the Unix epoch, as a float.") {
          _ throws(PyException) in .float(LibM.wallClock())
        },
        BuiltinFunction(
          name: "perf_counter", signature: "perf_counter()", doc: "A monotonic clock in seconds, for timing."
        ) { _ throws(PyException) in .float(LibM.monotonicClock()) },
        BuiltinFunction(name: "monotonic", signature: "monotonic()", doc: "A monotonic clock in seconds.") {
          _ throws(PyException) in .float(LibM.monotonicClock())
        },
        BuiltinFunction(name: "sleep", signature: "sleep(seconds)", doc: "Waits for the given seconds.") {
          arguments throws(PyException) in
          var remaining = try arguments.double("seconds", at: 0)
          if remaining < 0 { throw PyException(.valueError, "sleep length must be non-negative") }
          while remaining > 0 {
            try arguments.interpreter.checkInterrupt()
            LibM.sleep(seconds: min(remaining, 0.05))
            remaining -= 0.05
          }
          return .none
        },
      ])
  }
}
