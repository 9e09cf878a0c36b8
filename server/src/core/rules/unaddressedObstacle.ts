import type { Rule } from './rule';

/** unaddressed-obstacle (SPEC §3): no action addresses an obstacle, or every one listed was dropped. */
export const unaddressedObstacleRule: Rule = {
  code: 'unaddressed-obstacle',
  reads: (model) => [model.obstacles, model.actionById],
  check({ model }, report) {
    for (const obstacle of model.obstacles) {
      const listed = obstacle.addressedBy;
      const dropped = listed.length > 0 && listed.every((ref) => model.actionById.get(ref.id)?.status === 'dropped');
      if (listed.length > 0 && !dropped) continue;
      report(obstacle.key, 'unaddressed-obstacle', { id: obstacle.id, dropped }, { obstacle: obstacle.id });
    }
  },
};
