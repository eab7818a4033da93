// Jest's stand-in for Vite's `?raw` imports (the .graphql documents): the file's text as the module.
module.exports = {
  process: (source) => ({ code: `module.exports = ${JSON.stringify(source)};` }),
};
