/// The general argument list of a call: positional and keyword arguments, `*args` and
/// `**kwargs`, evaluated left to right into `EvaluatedArguments`.
extension Compiler {
  func compileArguments(_ arguments: [Expression.Argument]) throws(SyntaxError)
    -> (Frame) throws(PyException) -> EvaluatedArguments
  {
    enum Kind { case positional, keyword(String), star, doubleStar }
    var compiled: [(Kind, StoredEvaluator)] = []
    for argument in arguments {
      switch argument {
      case .positional(let e): compiled.append((.positional, StoredEvaluator(try compile(e))))
      case .keyword(let name, let e): compiled.append((.keyword(name), StoredEvaluator(try compile(e))))
      case .star(let e): compiled.append((.star, StoredEvaluator(try compile(e))))
      case .doubleStar(let e): compiled.append((.doubleStar, StoredEvaluator(try compile(e))))
      }
    }
    let positionalCount = arguments.count { if case .positional = $0 { true } else { false } }
    let keywordCount = arguments.count { if case .keyword = $0 { true } else { false } }
    return { f throws(PyException) in
      var positional: [PyValue] = []
      var keywords: [(name: String, value: PyValue)] = []
      if positionalCount > 0 { positional.reserveCapacity(positionalCount) }
      if keywordCount > 0 { keywords.reserveCapacity(keywordCount) }
      for (kind, argument) in compiled {
        let value = try argument.evaluate(f)
        switch kind {
        case .positional: positional.append(value)
        case .keyword(let name):
          if keywords.contains(where: { $0.name == name }) {
            throw PyException(.typeError, "keyword argument repeated: \(name)")
          }
          keywords.append((name, value))
        case .star: positional.append(contentsOf: try f.interpreter.collect(value))
        case .doubleStar:
          guard case .dict(let dict) = value else {
            throw PyException(.typeError, "argument after ** must be a mapping, not \(value.typeName)")
          }
          for (key, item) in dict.entries {
            guard case .str(let name) = key else { throw PyException(.typeError, "keywords must be strings") }
            keywords.append((name, item))
          }
        }
      }
      return (positional, keywords)
    }
  }
}
