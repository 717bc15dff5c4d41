import gen_mismatch_json, gen_mismatch_yaml, gen_mismatch_toml, gen_mismatch_sh  # noqa
