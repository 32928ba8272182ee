-- An activation takes effect at effective_from (epoch milliseconds, UTC): at once (the moment it
-- was made) or from a later date. At any moment a greenhouse runs the activation with the latest
-- effective_from not after that moment (of those, the one made last). Activations made before
-- this migration took effect when they were made. Uses only V3's table, with or without V6.
ALTER TABLE recipe_activation ADD COLUMN effective_from BIGINT;
UPDATE recipe_activation SET effective_from = activated_at;
ALTER TABLE recipe_activation ALTER COLUMN effective_from SET NOT NULL;
CREATE INDEX recipe_activation_in_force ON recipe_activation (greenhouse_id, effective_from, id);
