// YAML data files are compiled into modules at build time (scripts/yaml-module.mjs): the default
// export is the parsed data. Each importer states the data's type.
declare module "*.yaml" {
  const data: unknown;
  export default data;
}
