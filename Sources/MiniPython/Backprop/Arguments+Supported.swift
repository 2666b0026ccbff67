extension Arguments {
  /// Checks that every keyword argument is one of `names`, as `allowKeywords` does, and on a
  /// stranger names the supported ones in the error's help (and `seed=` for scikit-learn's
  /// `random_state=`).
  ///
  /// - Throws: `TypeError: moons() got an unexpected keyword argument 'random_state'`, with
  ///   `help: moons() takes n_samples=, noise=, seed=, layout=`.
  func allowSupportedKeywords(_ names: [String]) throws(PyException) {
    let allowed = Set(names)
    for keyword in keywords where !allowed.contains(keyword.name) {
      let takes = "\(functionName)() takes " + names.map { $0 + "=" }.joined(separator: ", ")
      let hint =
        keyword.name == "random_state" && allowed.contains("seed")
        ? "use seed= for random_state; " + takes : takes
      throw PyException(
        .typeError, "\(functionName)() got an unexpected keyword argument '\(keyword.name)'",
        help: hint)
    }
  }
}
