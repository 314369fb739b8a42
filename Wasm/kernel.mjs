// The wasm kernel from JavaScript: the same few lines in node (Scripts/check-wasm.mjs) and in
// the browser. Text goes in as UTF-8 in the kernel's memory; reports come back as bytes.
//
//   const kernel = await WorkbookKernel.instantiate(wasmBytes);
//   kernel.loadWorkbook(workbookModelJSON);          // throws with the kernel's message
//   const bytes = kernel.report(responseModelJSON, "json");   // or "html": a Uint8Array

const formats = { json: 0, html: 1, drawing: 2 };

export async function instantiate(wasmBytes) {
  const { instance } = await WebAssembly.instantiate(wasmBytes, {});
  const kernel = instance.exports;
  const encoder = new TextEncoder();

  // Copies the text into a buffer the kernel allocates (and frees when the call returns).
  function pass(text) {
    const bytes = encoder.encode(text);
    const pointer = kernel.wb_alloc(bytes.length);
    new Uint8Array(kernel.memory.buffer, pointer, bytes.length).set(bytes);
    return [pointer, bytes.length];
  }

  // The last call's output, copied out of the kernel's memory; a failure throws its message.
  function output(status) {
    const pointer = kernel.wb_output();
    const bytes = new Uint8Array(kernel.memory.buffer, pointer, kernel.wb_output_count()).slice();
    if (status !== 0) throw new Error(new TextDecoder().decode(bytes).trim());
    return bytes;
  }

  return {
    loadWorkbook(json) {
      return output(kernel.wb_load_workbook(...pass(json)));
    },
    report(json, format = "json") {
      if (!(format in formats)) throw new Error(`no report format ${format}`);
      return output(kernel.wb_report(...pass(json), formats[format]));
    },
  };
}
