extension Builtins {
  static let outputFunctions: [BuiltinFunction] = [
    BuiltinFunction(
      name: "print", signature: "print(*values, sep=' ', end='\\n')",
      doc: "Prints the values, separated by sep and followed by end."
    ) { arguments throws(PyException) in
      try arguments.allowKeywords(["sep", "end", "file", "flush"])
      let sep = try arguments.string("sep") ?? " "
      let end = try arguments.string("end") ?? "\n"
      var text = ""
      for (index, value) in arguments.positional.enumerated() {
        if index > 0 { text += sep }
        text += try arguments.interpreter.str(value)
      }
      arguments.interpreter.emit(.text(text + end))
      return .none
    },
    BuiltinFunction(name: "repr", signature: "repr(obj)", doc: "The printable representation of obj.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return .str(try arguments.interpreter.repr(arguments[0]))
    },
    BuiltinFunction(
      name: "format", signature: "format(value, format_spec='')",
      doc: "Formats value with a format spec, as in f'{value:spec}'."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...2)
      let spec = arguments.count > 1 ? (try arguments.string("format_spec", at: 1) ?? "") : ""
      return .str(try FormatSpec.format(arguments[0], spec: spec, interpreter: arguments.interpreter))
    },
    BuiltinFunction(
      name: "help", signature: "help(obj)", doc: "Shows the signature and help text of obj."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...1)
      arguments.interpreter.emit(.text(try Help.text(for: arguments[0], arguments.interpreter) + "\n"))
      return .none
    },
    BuiltinFunction(
      name: "dir", signature: "dir([obj])", doc: "The names defined in obj (or in the current module)."
    ) { arguments throws(PyException) in
      try arguments.expectCount(0...1)
      let names = arguments.count == 0
        ? arguments.interpreter.globalNames : Help.names(of: arguments[0], arguments.interpreter)
      return .list(PyList(names.map { .str($0) }))
    },
  ]
}
