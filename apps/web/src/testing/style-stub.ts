// Jest maps `*.css` imports here: styles do not matter in jsdom.
export default {};
