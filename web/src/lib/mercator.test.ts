import { describe, expect, it } from 'vitest';
import { cluster, project, tileUrl, unproject } from './mercator';

describe('the map’s projection and clusters', () => {
  it('projects and unprojects back to the same place', () => {
    const [x, y] = project(121.47, 31.23, 10);
    const [lon, lat] = unproject(x, y, 10);
    expect(lon).toBeCloseTo(121.47, 6);
    expect(lat).toBeCloseTo(31.23, 6);
  });

  it('puts the null island in the middle of the world', () => {
    expect(project(0, 0, 0)).toEqual([128, 128]);
  });

  it('groups markers closer than a cell and keeps far ones apart', () => {
    const groups = cluster([{ x: 10, y: 10 }, { x: 20, y: 15 }, { x: 300, y: 300 }], 44);
    expect(groups.map((g) => g.items.length).sort()).toEqual([1, 2]);
  });

  it('fills a tile server template', () => {
    expect(tileUrl('https://{s}.tiles.example/{z}/{x}/{y}.png', 3, 6, 2)).toBe('https://a.tiles.example/3/6/2.png');
  });
});
