-- Search everywhere (issue 21): one box finds missions, delegations, events, agreements, joint
-- actions, partners, destinations and towns by title or name, whatever the case and the accents
-- ("cote" finds "Côte d'Azur", "geneve" finds "Genève"). The folding is a function of the core, so it
-- exists on every server (the embedded one included) and can be indexed: it lowers the text and
-- replaces each accented Latin letter by its base letter (typographic apostrophes by '). lower()
-- alone would not do: under the C locale it lowers ASCII only, so both cases are listed.
-- PL/pgSQL and a high COST, not an inlined SQL function: translate() with this map costs about
-- 14 µs a row, which the planner cannot see once inlined (it chose to read 20,000 towns, 280 ms,
-- over their trigram index); with the cost declared it answers from the index.
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 5000
  AS $$ BEGIN RETURN lower(translate(value,
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳØøĐđŁłß’‘ʼŒœÆæĦħı',
    'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyOoDdLls''''''OoAaHhi')); END $$;

-- Trigram indexes on the folded names, where the server offers pg_trgm, so that a search answers
-- from the indexes at the benchmark's scale (a "contains" search reads the table otherwise).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXECUTE 'CREATE INDEX "Mission_title_folded_trgm_idx" ON "Mission" USING gin (search_fold("title") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Delegation_title_folded_trgm_idx" ON "Delegation" USING gin (search_fold("title") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "InternationalEvent_title_folded_trgm_idx" ON "InternationalEvent" USING gin (search_fold("title") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Agreement_title_folded_trgm_idx" ON "Agreement" USING gin (search_fold("title") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Agreement_counterpart_folded_trgm_idx" ON "Agreement" USING gin (search_fold("counterpart") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "JointAction_title_folded_trgm_idx" ON "JointAction" USING gin (search_fold("title") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Partner_name_folded_trgm_idx" ON "Partner" USING gin (search_fold("name") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Partner_shortName_folded_trgm_idx" ON "Partner" USING gin (search_fold("shortName") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Destination_city_folded_trgm_idx" ON "Destination" USING gin (search_fold("city") gin_trgm_ops)';
  EXECUTE 'CREATE INDEX "Town_name_folded_trgm_idx" ON "Town" USING gin (search_fold("name") gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): the search everywhere reads the tables', SQLERRM;
END;
$$;
